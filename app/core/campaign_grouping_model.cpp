#include "campaign_grouping_model.h"

#include <QColor>

#include <algorithm>

namespace mph::app {

namespace {

QString linkLabel(CampaignLink link) {
    switch (link) {
    case CampaignLink::IdenticalCalls:
        return CampaignGroupingModel::tr("identical calls");
    case CampaignLink::NearlyIdenticalCalls:
        return CampaignGroupingModel::tr("nearly identical calls");
    case CampaignLink::KnownFamily:
        return CampaignGroupingModel::tr("known family");
    }
    return {};
}

constexpr quintptr kTopLevel = 0; // internal id of top-level rows; children carry their top-level row + 1

} // namespace

CampaignGroupingModel::CampaignGroupingModel(QObject *parent) : QAbstractProxyModel(parent) {}

RankedScriptModel *CampaignGroupingModel::ranked() const {
    return static_cast<RankedScriptModel *>(sourceModel());
}

void CampaignGroupingModel::setSourceModel(QAbstractItemModel *source) {
    Q_ASSERT(!source || qobject_cast<RankedScriptModel *>(source));
    beginResetModel();
    if (sourceModel()) disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &CampaignGroupingModel::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::dataChanged, this, &CampaignGroupingModel::onSourceDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this, &CampaignGroupingModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void CampaignGroupingModel::rebuild() {
    tops_.clear();
    places_.clear();
    topOfCampaign_.clear();
    const ScanPtr scan = sourceModel() ? ranked()->scan() : nullptr;
    if (!scan) return;
    const int rows = static_cast<int>(scan->ranking.size());
    // Rows of each campaign, in the flat order; a campaign with a single ranked script needs no group.
    std::vector<std::vector<int>> members(scan->campaigns.size());
    for (int row = 0; row < rows; ++row) {
        const std::int32_t campaign = scan->ranking[static_cast<std::size_t>(row)].campaign;
        if (campaign >= 0 && static_cast<std::size_t>(campaign) < members.size())
            members[static_cast<std::size_t>(campaign)].push_back(row);
    }
    // The group sits where its best member's best script ranks (the engine orders a campaign's packages by rank).
    std::vector<int> bestOf(members.size(), -1);
    for (std::size_t c = 0; c < members.size(); ++c) {
        if (members[c].size() < 2) continue;
        const std::vector<std::uint32_t> &packages = scan->campaigns[c].packages;
        bestOf[c] = members[c].front();
        if (!packages.empty())
            for (int row : members[c])
                if (scan->scripts[scan->ranking[static_cast<std::size_t>(row)].entry].package == packages.front()) {
                    bestOf[c] = row;
                    break;
                }
    }
    places_.assign(static_cast<std::size_t>(rows), {});
    topOfCampaign_.assign(members.size(), -1);
    for (int row = 0; row < rows; ++row) {
        const std::int32_t campaign = scan->ranking[static_cast<std::size_t>(row)].campaign;
        const bool grouped = campaign >= 0 && static_cast<std::size_t>(campaign) < members.size() &&
                             bestOf[static_cast<std::size_t>(campaign)] >= 0;
        if (!grouped) {
            places_[static_cast<std::size_t>(row)] = {static_cast<int>(tops_.size()), -1};
            tops_.push_back({-1, row, {}});
            continue;
        }
        if (bestOf[static_cast<std::size_t>(campaign)] != row) continue;
        const int top = static_cast<int>(tops_.size());
        topOfCampaign_[static_cast<std::size_t>(campaign)] = top;
        std::vector<int> &group = members[static_cast<std::size_t>(campaign)];
        for (std::size_t child = 0; child < group.size(); ++child)
            places_[static_cast<std::size_t>(group[child])] = {top, static_cast<int>(child)};
        tops_.push_back({campaign, -1, std::move(group)});
    }
}

int CampaignGroupingModel::rowOfCampaign(int campaign) const {
    return campaign >= 0 && static_cast<std::size_t>(campaign) < topOfCampaign_.size()
               ? topOfCampaign_[static_cast<std::size_t>(campaign)]
               : -1;
}

QList<int> CampaignGroupingModel::memberRankingIndices(int campaign) const {
    QList<int> indices;
    const int top = rowOfCampaign(campaign);
    if (top < 0) return indices;
    const Top &group = tops_[static_cast<std::size_t>(top)];
    // Flat rows are ranking indices; the best member's row first, then the others in the engine's order.
    const int best = bestRow(group);
    indices.append(best);
    for (int row : group.rows)
        if (row != best) indices.append(row);
    return indices;
}

int CampaignGroupingModel::bestRow(const Top &top) const {
    if (top.campaign < 0) return top.sourceRow;
    const ScanPtr &scan = ranked()->scan();
    const std::vector<std::uint32_t> &packages = scan->campaigns[static_cast<std::size_t>(top.campaign)].packages;
    if (!packages.empty())
        for (int row : top.rows)
            if (scan->scripts[scan->ranking[static_cast<std::size_t>(row)].entry].package == packages.front())
                return row;
    return top.rows.front();
}

QModelIndex CampaignGroupingModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= columnCount(parent)) return {};
    if (!parent.isValid())
        return row < static_cast<int>(tops_.size()) ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0) return {};
    const Top &top = tops_[static_cast<std::size_t>(parent.row())];
    if (top.campaign < 0 || row >= static_cast<int>(top.rows.size())) return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CampaignGroupingModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kTopLevel) return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int CampaignGroupingModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid()) return static_cast<int>(tops_.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0) return 0;
    const Top &top = tops_[static_cast<std::size_t>(parent.row())];
    return top.campaign < 0 ? 0 : static_cast<int>(top.rows.size());
}

int CampaignGroupingModel::columnCount(const QModelIndex &) const {
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

bool CampaignGroupingModel::hasChildren(const QModelIndex &parent) const {
    return rowCount(parent) > 0;
}

QModelIndex CampaignGroupingModel::mapToSource(const QModelIndex &proxy) const {
    if (!proxy.isValid() || !sourceModel()) return {};
    if (proxy.internalId() == kTopLevel) {
        const Top &top = tops_[static_cast<std::size_t>(proxy.row())];
        return top.campaign < 0 ? sourceModel()->index(top.sourceRow, proxy.column()) : QModelIndex();
    }
    const Top &top = tops_[static_cast<std::size_t>(proxy.internalId() - 1)];
    return sourceModel()->index(top.rows[static_cast<std::size_t>(proxy.row())], proxy.column());
}

QModelIndex CampaignGroupingModel::mapFromSource(const QModelIndex &source) const {
    if (!source.isValid() || source.row() >= static_cast<int>(places_.size())) return {};
    const Place &place = places_[static_cast<std::size_t>(source.row())];
    if (place.child < 0) return createIndex(place.top, source.column(), kTopLevel);
    return createIndex(place.child, source.column(), static_cast<quintptr>(place.top) + 1);
}

void CampaignGroupingModel::onSourceDataChanged(const QModelIndex &from, const QModelIndex &to,
                                                const QList<int> &roles) {
    // One signal per run of rows that stay contiguous under one parent (a clear of every verdict stays a few signals),
    // and the campaign rows above changed members, whose summaries (verdict, marks) follow theirs.
    QModelIndex first, last;
    std::vector<int> touchedTops;
    auto flush = [&] {
        if (first.isValid()) emit dataChanged(first, last, roles);
        first = last = {};
    };
    for (int row = from.row(); row <= to.row(); ++row) {
        const QModelIndex a = mapFromSource(sourceModel()->index(row, from.column()));
        const QModelIndex b = a.siblingAtColumn(to.column());
        if (!a.isValid()) continue;
        if (first.isValid() && a.parent() == first.parent() && a.row() == last.row() + 1) {
            last = b;
        } else {
            flush();
            first = a;
            last = b;
        }
        if (a.parent().isValid()) touchedTops.push_back(a.parent().row());
    }
    flush();
    std::sort(touchedTops.begin(), touchedTops.end());
    touchedTops.erase(std::unique(touchedTops.begin(), touchedTops.end()), touchedTops.end());
    for (int top : touchedTops)
        emit dataChanged(index(top, 0), index(top, columnCount() - 1));
}

QVariant CampaignGroupingModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    if (index.internalId() == kTopLevel) {
        const Top &top = tops_[static_cast<std::size_t>(index.row())];
        if (top.campaign >= 0) return campaignData(top, index.column(), role);
    }
    return sourceModel()->data(mapToSource(index), role);
}

QVariant CampaignGroupingModel::campaignData(const Top &top, int column, int role) const {
    const ScanPtr &scan = ranked()->scan();
    const Campaign &campaign = scan->campaigns[static_cast<std::size_t>(top.campaign)];
    const int best = bestRow(top);
    auto fromBest = [&](int r) { return sourceModel()->index(best, column).data(r); };
    // A summary of the members' verdicts: the common one, or none when they differ.
    auto common = [&](auto verdictOfRow) -> std::optional<int> {
        std::optional<int> shared;
        for (int row : top.rows) {
            const int verdict = verdictOfRow(row);
            if (shared && *shared != verdict) return std::nullopt;
            shared = verdict;
        }
        return shared;
    };
    auto sessionVerdict = [&] { return common([&](int row) { return int(ranked()->verdictOfRow(row)); }); };
    auto priorVerdict = [&] {
        return common(
            [&](int row) { return sourceModel()->index(row, 0).data(RankedScriptModel::PriorVerdictRole).toInt(); });
    };
    const int packages = static_cast<int>(campaign.packages.size());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RankedScriptModel::Package:
            return tr("Campaign of %1 packages").arg(packages); // two at least
        case RankedScriptModel::Version:
            return linkLabel(campaign.link);
        case RankedScriptModel::Scope: {
            QStringList scopes;
            for (int row : top.rows) {
                const QString scope = sourceModel()->index(row, RankedScriptModel::Scope).data().toString();
                if (!scopes.contains(scope)) scopes << scope;
            }
            return scopes.join(QStringLiteral(", "));
        }
        case RankedScriptModel::Size:
            return {};
        case RankedScriptModel::NearestKnown:
            return campaign.family.empty() ? fromBest(Qt::DisplayRole) : QVariant(fromBytes(campaign.family));
        case RankedScriptModel::VerdictColumn: {
            const auto verdict = sessionVerdict();
            return verdict ? verdictLabel(static_cast<Verdict>(*verdict)) : tr("mixed");
        }
        case RankedScriptModel::PriorVerdictColumn: {
            const auto verdict = priorVerdict();
            if (!verdict) return tr("mixed");
            return *verdict < 0 ? QString() : verdictLabel(static_cast<Verdict>(*verdict));
        }
        case RankedScriptModel::FirstSeenColumn: {
            QString earliest;
            for (int row : top.rows) {
                const QString seen = sourceModel()->index(row, column).data().toString();
                if (!seen.isEmpty() && (earliest.isEmpty() || seen < earliest)) earliest = seen;
            }
            return earliest;
        }
        default: // rank, cluster and scores: the best member's
            return fromBest(Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QString text = tr("Campaign of %1 packages in batch %2, linked by %3")
                           .arg(packages)
                           .arg(campaign.batch + 1)
                           .arg(linkLabel(campaign.link));
        if (!campaign.family.empty()) text += tr(" (nearest known family: %1)").arg(fromBytes(campaign.family));
        QStringList names;
        constexpr int kListed = 12;
        for (std::uint32_t package : campaign.packages) {
            if (names.size() == kListed) {
                names << tr("… and %n more", nullptr, packages - kListed);
                break;
            }
            const Package &p = scan->packages[package];
            names << QStringLiteral("%1 %2").arg(fromBytes(p.name), fromBytes(p.version));
        }
        return text + QLatin1Char('\n') + names.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        // The verdict columns are marked like a member's when every member carries the same verdict (the package
        // cell keeps the campaign's own icon, drawn by the view).
        std::optional<int> verdict;
        if (column == RankedScriptModel::VerdictColumn)
            verdict = sessionVerdict();
        else if (column == RankedScriptModel::PriorVerdictColumn)
            verdict = priorVerdict();
        if (!verdict || *verdict <= int(Verdict::Undecided)) return {};
        return verdictColor(static_cast<Verdict>(*verdict));
    }
    case RankedScriptModel::SortRole:
        if (column == RankedScriptModel::Package) return tr("Campaign of %1 packages").arg(packages).toLower();
        return fromBest(RankedScriptModel::SortRole);
    case RankedScriptModel::CampaignRole:
        return top.campaign;
    case RankedScriptModel::IsCampaignRole:
        return true;
    case RankedScriptModel::MemberRankingIndicesRole:
        return QVariant::fromValue(memberRankingIndices(top.campaign));
    case RankedScriptModel::FollowsMaliciousRole:
        return std::any_of(top.rows.begin(), top.rows.end(), [&](int row) {
            return sourceModel()->index(row, 0).data(RankedScriptModel::FollowsMaliciousRole).toBool();
        });
    case RankedScriptModel::VerdictRole: {
        const auto verdict = sessionVerdict();
        return verdict ? *verdict : int(Verdict::Undecided);
    }
    case RankedScriptModel::PriorVerdictRole: {
        const auto verdict = priorVerdict();
        return verdict ? *verdict : -1;
    }
    case RankedScriptModel::PriorJudgedRole:
    case RankedScriptModel::JudgedRole:
        return std::all_of(top.rows.begin(), top.rows.end(),
                           [&](int row) { return sourceModel()->index(row, 0).data(role).toBool(); });
    default: // ranking index, entry, outlier, scope, script key: the best member's, so that selecting it shows it
        return sourceModel()->index(best, column).data(role);
    }
}

Qt::ItemFlags CampaignGroupingModel::flags(const QModelIndex &index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CampaignGroupingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

QModelIndex CampaignGroupingModel::sibling(int row, int column, const QModelIndex &index) const {
    return this->index(row, column, parent(index));
}

QMap<int, QVariant> CampaignGroupingModel::itemData(const QModelIndex &index) const {
    return QAbstractItemModel::itemData(index);
}

QModelIndex CampaignGroupingModel::buddy(const QModelIndex &index) const {
    return index;
}

} // namespace mph::app
