#include "dialogs/databasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "dialogs/wizardpages.h"
#include "error.h"
#include "io/detect.h"
#include "message.h"

namespace qh {

DatabaseDialog::DatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , mHost(new QLineEdit(QStringLiteral("localhost")))
    , mPort(new QSpinBox)
    , mName(new QLineEdit)
    , mUser(new QLineEdit(qEnvironmentVariable("USER")))
    , mPassword(new QLineEdit)
    , mTables(new QListWidget)
    , mStatus(new QLabel)
{
    setWindowTitle(tr("Layer from a PostGIS database"));
    mHost->setObjectName("host");
    mHost->setToolTip(tr("A server name or address; a folder for a local server's socket"));
    mPort->setObjectName("port");
    mPort->setRange(1, 65535);
    mPort->setValue(5432);
    mName->setObjectName("database");
    mUser->setObjectName("user");
    mPassword->setObjectName("password");
    mPassword->setEchoMode(QLineEdit::Password);
    mPassword->setPlaceholderText(tr("kept for this session only, never saved"));
    mTables->setObjectName("tables");
    mStatus->setObjectName("status");
    mStatus->setWordWrap(true);
    mStatus->setTextFormat(Qt::PlainText);
    auto *connect = new QPushButton(tr("Connect"));
    connect->setObjectName("connect");
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), mHost);
    form->addRow(tr("Port:"), mPort);
    form->addRow(tr("Database:"), mName);
    form->addRow(tr("User:"), mUser);
    form->addRow(tr("Password:"), mPassword);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(connect, 0, Qt::AlignLeft);
    layout->addWidget(mStatus);
    layout->addWidget(new QLabel(tr("Tables:")));
    layout->addWidget(mTables, 1);
    layout->addWidget(buttons);
    QObject::connect(connect, &QPushButton::clicked, this, &DatabaseDialog::connectToDatabase);
    QObject::connect(mTables, &QListWidget::currentRowChanged, this,
                     [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    QObject::connect(mTables, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 520);
}

QString DatabaseDialog::quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(' ') && !value.contains('\'') && !value.contains('\\'))
        return value;
    QString v = value;
    v.replace('\\', QStringLiteral("\\\\")).replace('\'', QStringLiteral("\\'"));
    return '\'' + v + '\'';
}

QString DatabaseDialog::database() const
{
    QString c = QStringLiteral("PG:");
    if (!mHost->text().trimmed().isEmpty())
        c += "host=" + quoted(mHost->text().trimmed()) + ' ';
    if (mPort->value() != 5432)
        c += "port=" + QString::number(mPort->value()) + ' ';
    c += "dbname=" + quoted(mName->text().trimmed());
    if (!mUser->text().trimmed().isEmpty())
        c += " user=" + quoted(mUser->text().trimmed());
    return c;
}

QString DatabaseDialog::connection() const
{
    const QListWidgetItem *item = mTables->currentItem();
    return item ? database() + " tables=" + quoted(item->data(Qt::UserRole).toString()) : QString();
}

void DatabaseDialog::connectToDatabase()
{
    mTables->clear();
    if (mName->text().trimmed().isEmpty()) {
        mStatus->setText(tr("Give the database's name."));
        return;
    }
    // libpq reads the password from the environment: for this process only.
    if (!mPassword->text().isEmpty())
        qputenv("PGPASSWORD", mPassword->text().toUtf8());
    try {
        const ImportDetection d = detectImport(database().toStdString(), {}, 5);
        for (const LayerDetection &l : d.layers) {
            const QString name = QString::fromStdString(l.name);
            const QString what = LayerFilePage::geometryWords(l.geometryType);
            auto *item = new QListWidgetItem(tr("%1 (%2, %n row(s))", nullptr, int(l.featureCount)).arg(name, what));
            item->setData(Qt::UserRole, name);
            mTables->addItem(item);
        }
        mStatus->setText(d.layers.empty() ? tr("Connected; the database has no tables.")
                                          : tr("Connected: %n table(s). Choose one.", nullptr, int(d.layers.size())));
    } catch (const std::exception &e) {
        mStatus->setText(localError(e));
    }
}

} // namespace qh
