#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace qh {

/// Chooses a table of a PostGIS database: server, database and user, then one of
/// the tables it lists (with its geometry and row count). The result is a GDAL
/// connection ("PG:host=… dbname=… tables=…") that the wizard reads like a file.
/// A password is kept for this session only (libpq's PGPASSWORD), never in the
/// connection, the project or a message.
class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatabaseDialog(QWidget *parent = nullptr);

    /// The database's connection, without tables= (what Connect lists).
    QString database() const;
    /// The chosen table's connection; empty until a table is chosen.
    QString connection() const;

    /// Lists the database's tables (a slot for the Connect button; tests call it).
    void connectToDatabase();

private:
    static QString quoted(const QString &value);

    QLineEdit *mHost;
    QSpinBox *mPort;
    QLineEdit *mName;
    QLineEdit *mUser;
    QLineEdit *mPassword;
    QListWidget *mTables;
    QLabel *mStatus;
};

} // namespace qh
