#include "geo/buffergrid.h"
#include "geo/geos.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace qh {

namespace {

constexpr int B = BufferGrid::kBlock;

std::uint64_t blockKey(std::int64_t bx, std::int64_t by)
{
    return (std::uint64_t(std::uint32_t(bx)) << 32) | std::uint32_t(by);
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// A grid edge: horizontal from (i, j) to (i+1, j), or vertical from (i, j) to (i, j+1).
std::uint64_t edgeKey(std::int64_t i, std::int64_t j, int vertical)
{
    return (std::uint64_t(std::uint32_t(i)) << 33) ^ (std::uint64_t(std::uint32_t(j)) << 1) ^ std::uint64_t(vertical);
}

double squaredDistanceToSegment(double px, double py, const Point &a, double dx, double dy, double len2)
{
    double t = len2 > 0 ? ((px - a.x) * dx + (py - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x + t * dx - px, ey = a.y + t * dy - py;
    return ex * ex + ey * ey;
}

double signedArea(const Ring &r)
{
    double s = 0;
    for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        s += (r[j].x - r[i].x) * (r[j].y + r[i].y);
    return s / 2;
}

Rect ringBounds(const Ring &r)
{
    Rect b;
    for (const Point &p : r)
        b.extend(p);
    return b;
}

/// Douglas–Peucker on a closed ring (first point repeated): points closer than
/// `eps` to the line through the points kept around them are dropped.
Ring simplifyRing(const Ring &r, double eps)
{
    const std::size_t n = r.size() - 1; // distinct points
    if (n < 8)
        return r;
    std::vector<bool> keep(n + 1, false);
    std::size_t far = 0;
    double farD = -1;
    for (std::size_t k = 1; k < n; ++k) {
        const double d = distance(r[0], r[k]);
        if (d > farD)
            farD = d, far = k;
    }
    keep[0] = keep[far] = keep[n] = true;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, far}, {far, n}};
    while (!stack.empty()) {
        const auto [from, to] = stack.back();
        stack.pop_back();
        const Point &a = r[from], &b = r[to];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        std::size_t worst = from;
        double worstD2 = eps * eps;
        for (std::size_t k = from + 1; k < to; ++k) {
            const double d2 = squaredDistanceToSegment(r[k].x, r[k].y, a, dx, dy, len2);
            if (d2 > worstD2)
                worstD2 = d2, worst = k;
        }
        if (worst != from) {
            keep[worst] = true;
            stack.push_back({from, worst});
            stack.push_back({worst, to});
        }
    }
    Ring out;
    for (std::size_t k = 0; k <= n; ++k)
        if (keep[k])
            out.push_back(r[k]);
    return out.size() >= 4 ? out : r;
}

bool contains(const Rect &outer, const Rect &inner)
{
    return outer.minX <= inner.minX && outer.minY <= inner.minY && outer.maxX >= inner.maxX &&
           outer.maxY >= inner.maxY;
}

} // namespace

constexpr std::uint8_t kFar = 255;

BufferGrid::BufferGrid(double width, double cell)
    : mWidth(width), mCell(cell > 0 ? cell : width / 5.0), mReach(mWidth + 2 * mCell), mStep(mReach / 254)
{
}

std::size_t BufferGrid::blockAt(std::int64_t bx, std::int64_t by)
{
    const std::uint64_t key = blockKey(bx, by);
    auto [it, added] = mBlocks.try_emplace(key, mUsed);
    if (!added)
        return it->second;
    if (mUsed < mStore.size()) {
        mStore[mUsed].first = key;
        std::fill(mStore[mUsed].second.begin(), mStore[mUsed].second.end(), kFar);
    } else {
        mStore.emplace_back(key, Block(B * B, kFar));
    }
    return mUsed++;
}

const BufferGrid::Block *BufferGrid::findBlock(std::int64_t bx, std::int64_t by) const
{
    const auto it = mBlocks.find(blockKey(bx, by));
    return it == mBlocks.end() ? nullptr : &mStore[it->second].second;
}

namespace {

/// The x interval where the horizontal line at `y` is within `r` of the segment
/// a-b (a capsule, so one interval); empty (lo > hi) when nowhere.
std::pair<double, double> capsuleRow(const Point &a, const Point &b, double r, double y)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const Point &end : {a, b}) {
        const double dy = y - end.y;
        if (std::abs(dy) <= r) {
            const double h = std::sqrt(r * r - dy * dy);
            lo = std::min(lo, end.x - h);
            hi = std::max(hi, end.x + h);
        }
    }
    const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    if (len > 0) {
        // Along the segment: 0 <= (p - a)·u <= len; across it: |(p - a)·n| <= r.
        const double ux = dx / len, uy = dy / len, ry = y - a.y;
        double bandLo = -std::numeric_limits<double>::infinity(), bandHi = -bandLo;
        auto within = [&](double coef, double constant, double from, double to) {
            // from <= coef * (x - a.x) + constant <= to
            if (coef == 0) {
                if (constant < from || constant > to)
                    bandHi = -std::numeric_limits<double>::infinity();
                return;
            }
            double x0 = a.x + (from - constant) / coef, x1 = a.x + (to - constant) / coef;
            if (x0 > x1)
                std::swap(x0, x1);
            bandLo = std::max(bandLo, x0);
            bandHi = std::min(bandHi, x1);
        };
        within(ux, ry * uy, 0, len);
        within(-uy, ry * ux, -r, r);
        if (bandLo <= bandHi) {
            lo = std::min(lo, bandLo);
            hi = std::max(hi, bandHi);
        }
    }
    return {lo, hi};
}

} // namespace

void BufferGrid::add(const Point &a, const Point &b)
{
    // Every grid point within width + 2 cells gets its distance, so that any
    // square the contour crosses has all four corners computed. Row by row, only
    // the points of the row within that reach of the segment are visited.
    // Coordinates no metric CRS has (a broken vertex) would overflow the grid's
    // indices; such a piece is left out rather than drawn somewhere else.
    constexpr double kLimit = 1e12;
    if (!(std::abs(a.x) < kLimit && std::abs(a.y) < kLimit && std::abs(b.x) < kLimit && std::abs(b.y) < kLimit))
        return;
    const double reach = mReach;
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const auto j0 = static_cast<std::int64_t>(std::ceil((std::min(a.y, b.y) - reach) / mCell));
    const auto j1 = static_cast<std::int64_t>(std::floor((std::max(a.y, b.y) + reach) / mCell));
    // The block last written to (no key is free to mean "none": block (-1, -1) has
    // every bit set, and a segment near the origin starts there).
    std::uint64_t lastKey = 0;
    std::size_t lastIndex = 0;
    bool haveLast = false;
    for (std::int64_t j = j0; j <= j1; ++j) {
        const double py = j * mCell;
        const auto [xLo, xHi] = capsuleRow(a, b, reach, py);
        if (xLo > xHi)
            continue;
        const auto i0 = static_cast<std::int64_t>(std::ceil(xLo / mCell));
        const auto i1 = static_cast<std::int64_t>(std::floor(xHi / mCell));
        const std::int64_t by = floorDiv(j, B);
        for (std::int64_t i = i0; i <= i1;) {
            const std::int64_t bx = floorDiv(i, B);
            const std::int64_t iEnd = std::min(i1, bx * B + B - 1);
            const std::uint64_t key = blockKey(bx, by);
            if (!haveLast || key != lastKey) {
                lastIndex = blockAt(bx, by);
                lastKey = key;
                haveLast = true;
            }
            std::uint8_t *row = mStore[lastIndex].second.data() + (j - by * B) * B - bx * B;
            for (std::int64_t ii = i; ii <= iEnd; ++ii) {
                const double d2 = squaredDistanceToSegment(ii * mCell, py, a, dx, dy, len2);
                const double now = row[ii] * mStep;
                if (d2 >= now * now)
                    continue;
                const auto code = static_cast<std::uint8_t>(std::min(254.0, std::sqrt(d2) / mStep + 0.5));
                row[ii] = std::min(row[ii], code);
            }
            i = iEnd + 1;
        }
    }
}

void BufferGrid::merge(const BufferGrid &other)
{
    for (std::size_t k = 0; k < other.mUsed; ++k) {
        const auto &[key, src] = other.mStore[k];
        const auto bx = static_cast<std::int32_t>(key >> 32), by = static_cast<std::int32_t>(key & 0xffffffffu);
        Block &dst = mStore[blockAt(bx, by)].second;
        for (std::size_t p = 0; p < dst.size(); ++p)
            dst[p] = std::min(dst[p], src[p]);
    }
}

void BufferGrid::clear()
{
    mBlocks.clear();
    mUsed = 0;
}

MultiPolygon BufferGrid::outline(bool simplify) const
{
    MultiPolygon exact = traced();
    if (exact.empty() || !simplify)
        return exact;
    // Points along straight stretches add nothing: drop those within a tenth of a
    // cell of the line kept. Should that ever make two rings touch (GEOS checks),
    // the traced outline is kept as it is.
    MultiPolygon simple = exact;
    for (Polygon &poly : simple)
        for (Ring &ring : poly)
            ring = simplifyRing(ring, mCell / 10);
    return invalidReason(simple) ? exact : simple;
}

MultiPolygon BufferGrid::traced() const
{
    // Blocks in a fixed order, so the rings come out the same however the
    // segments were added.
    std::vector<std::uint64_t> keys;
    keys.reserve(mUsed);
    for (std::size_t k = 0; k < mUsed; ++k)
        keys.push_back(mStore[k].first);
    std::sort(keys.begin(), keys.end());

    // A contour never leaves the blocks that touch each other (side or corner), so
    // each such group is traced on its own: a province's union is held one town at
    // a time, not all its crossings at once, and a hole is looked for only among
    // its own town's rings. The polygons are then put in the order one trace over
    // all blocks gives (by the block and place where each ring was found first).
    std::vector<char> seen(mUsed, 0);
    std::vector<StartedPolygon> found;
    std::vector<std::uint64_t> group, queue;
    for (const std::uint64_t first : keys) {
        if (seen[mBlocks.at(first)])
            continue;
        group.clear();
        queue.assign(1, first);
        seen[mBlocks.at(first)] = 1;
        while (!queue.empty()) {
            const std::uint64_t key = queue.back();
            queue.pop_back();
            group.push_back(key);
            const auto bx = static_cast<std::int32_t>(key >> 32), by = static_cast<std::int32_t>(key & 0xffffffffu);
            for (int ox = -1; ox <= 1; ++ox)
                for (int oy = -1; oy <= 1; ++oy) {
                    const auto it = mBlocks.find(blockKey(std::int64_t(bx) + ox, std::int64_t(by) + oy));
                    if (it != mBlocks.end() && !seen[it->second]) {
                        seen[it->second] = 1;
                        queue.push_back(it->first);
                    }
                }
        }
        std::sort(group.begin(), group.end());
        traceGroup(group, found);
    }
    std::sort(found.begin(), found.end(), [](const StartedPolygon &a, const StartedPolygon &b) {
        return a.start < b.start;
    });
    MultiPolygon out;
    out.reserve(found.size());
    for (StartedPolygon &f : found)
        out.push_back(std::move(f.polygon));
    return out;
}

void BufferGrid::traceGroup(const std::vector<std::uint64_t> &keys, std::vector<StartedPolygon> &found) const
{
    // Marching squares. Each crossing of the contour with a grid edge is left by
    // exactly one square (the one where, walking its corners counter-clockwise,
    // the edge goes from inside to outside); that square stores the crossing's
    // position and the next crossing along the contour, inside on the left.
    struct Crossing
    {
        Point p;
        std::uint64_t next;
        bool used = false; ///< taken into a ring
    };
    std::unordered_map<std::uint64_t, Crossing> crossings;
    std::vector<std::uint64_t> order, orderBlock; ///< crossings as found, and the block of each
    // Codes, not metres: the contour is at the width's code, kept off whole
    // numbers so that no corner lies on it (a crossing exactly at a corner would
    // be shared by two edges).
    float w = static_cast<float>(mWidth / mStep);
    if (std::abs(w - std::round(w)) < 1e-3f)
        w += 0.01f;
    for (const std::uint64_t key : keys) {
        const auto bx = static_cast<std::int32_t>(key >> 32), by = static_cast<std::int32_t>(key & 0xffffffffu);
        const Block &block = mStore[mBlocks.at(key)].second;
        const Block *right = findBlock(bx + 1, by), *top = findBlock(bx, by + 1), *corner = findBlock(bx + 1, by + 1);
        auto at = [&](int li, int lj) -> float { // local indices, 0 … B
            if (li < B && lj < B)
                return block[lj * B + li];
            if (li < B)
                return top ? (*top)[li] : kFar;
            if (lj < B)
                return right ? (*right)[lj * B] : kFar;
            return corner ? (*corner)[0] : kFar;
        };
        for (int lj = 0; lj < B; ++lj)
            for (int li = 0; li < B; ++li) {
                // Corners counter-clockwise: (i,j), (i+1,j), (i+1,j+1), (i,j+1).
                const std::array<float, 4> v{at(li, lj), at(li + 1, lj), at(li + 1, lj + 1), at(li, lj + 1)};
                const std::array<bool, 4> in{v[0] < w, v[1] < w, v[2] < w, v[3] < w};
                const int inside = in[0] + in[1] + in[2] + in[3];
                if (inside == 0 || inside == 4)
                    continue;
                const std::int64_t i = std::int64_t(bx) * B + li, j = std::int64_t(by) * B + lj;
                const std::array<std::int64_t, 4> ci{i, i + 1, i + 1, i}, cj{j, j, j + 1, j + 1};
                // Edge k runs from corner k to corner k+1: south, east, north, west.
                const std::array<std::uint64_t, 4> edge{edgeKey(i, j, 0), edgeKey(i + 1, j, 1), edgeKey(i, j + 1, 0),
                                                        edgeKey(i, j, 1)};
                const bool saddle = inside == 2 && in[0] == in[2];
                const bool forward = !saddle || (v[0] + v[1] + v[2] + v[3]) / 4 < w;
                for (int k = 0; k < 4; ++k) {
                    const int k1 = (k + 1) % 4;
                    if (!(in[k] && !in[k1]))
                        continue; // not an exit
                    int m = k;
                    for (int step = 1; step < 4; ++step) {
                        const int e = forward ? (k + step) % 4 : (k + 4 - step) % 4;
                        if (!in[e] && in[(e + 1) % 4]) {
                            m = e;
                            break;
                        }
                    }
                    const double t = (w - v[k]) / double(v[k1] - v[k]);
                    const Point p{(ci[k] + t * (ci[k1] - ci[k])) * mCell, (cj[k] + t * (cj[k1] - cj[k])) * mCell};
                    crossings.emplace(edge[k], Crossing{p, edge[m], false});
                    order.push_back(edge[k]);
                    orderBlock.push_back(key);
                }
            }
    }

    // Rings: follow the crossings until back at the start.
    std::vector<Ring> outers, holes;
    std::vector<std::pair<std::uint64_t, std::size_t>> outerStarts;
    for (std::size_t at = 0; at < order.size(); ++at) {
        Crossing *c = &crossings.at(order[at]);
        if (c->used)
            continue;
        Ring ring;
        while (c && !c->used) {
            c->used = true;
            if (ring.empty() || c->p.x != ring.back().x || c->p.y != ring.back().y)
                ring.push_back(c->p);
            const auto it = crossings.find(c->next);
            c = it == crossings.end() ? nullptr : &it->second; // always found on a closed contour
        }
        if (ring.size() < 3)
            continue;
        ring.push_back(ring.front());
        if (signedArea(ring) > 0) {
            outers.push_back(std::move(ring));
            outerStarts.emplace_back(orderBlock[at], at);
        } else {
            holes.push_back(std::move(ring));
        }
    }
    crossings = {};
    order = {};
    orderBlock = {};

    // Each hole belongs to the smallest outer ring around it (an island in a
    // hole of a bigger polygon is a polygon of its own). A city's union has one
    // long outer ring and thousands of holes: the rings' edges are indexed by grid
    // row (each edge lies within one square), so a test looks at one row only.
    MultiPolygon out;
    std::vector<Rect> outerBounds;
    std::vector<double> outerArea;
    std::vector<std::vector<std::pair<std::int64_t, std::uint32_t>>> rows(outers.size()); ///< (row, edge), sorted
    for (Ring &r : outers) {
        outerBounds.push_back(ringBounds(r));
        outerArea.push_back(signedArea(r));
        out.push_back({std::move(r)});
    }
    auto inside = [&](std::size_t o, const Point &p) {
        const Ring &r = out[o][0];
        auto &edges = rows[o];
        if (edges.empty()) {
            for (std::uint32_t k = 0; k + 1 < r.size(); ++k) {
                const auto lo = static_cast<std::int64_t>(std::floor(std::min(r[k].y, r[k + 1].y) / mCell));
                const auto hi = static_cast<std::int64_t>(std::floor(std::max(r[k].y, r[k + 1].y) / mCell));
                for (std::int64_t row = lo; row <= hi; ++row)
                    edges.emplace_back(row, k);
            }
            std::sort(edges.begin(), edges.end());
        }
        const auto row = static_cast<std::int64_t>(std::floor(p.y / mCell));
        bool in = false;
        for (auto it = std::lower_bound(edges.begin(), edges.end(), std::pair<std::int64_t, std::uint32_t>(row, 0));
             it != edges.end() && it->first == row; ++it) {
            const Point &a = r[it->second], &b = r[it->second + 1];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                in = !in;
        }
        return in;
    };
    for (Ring &h : holes) {
        const Rect hb = ringBounds(h);
        std::size_t best = out.size();
        for (std::size_t o = 0; o < out.size(); ++o)
            if (contains(outerBounds[o], hb) && (best == out.size() || outerArea[o] < outerArea[best]) &&
                inside(o, h[0]))
                best = o;
        if (best < out.size())
            out[best].push_back(std::move(h));
    }
    for (std::size_t o = 0; o < out.size(); ++o)
        found.push_back({outerStarts[o], std::move(out[o])});
}

} // namespace qh
