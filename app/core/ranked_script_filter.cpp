#include "ranked_script_filter.h"

#include "ranked_script_model.h"

#include <algorithm>

namespace mph::app {

RankedScriptFilter::RankedScriptFilter(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(RankedScriptModel::SortRole);
    setDynamicSortFilter(true);
    setRecursiveFilteringEnabled(true); // a campaign row stays while one of its members is shown
}

void RankedScriptFilter::setText(const QString &text) {
    if (text_ == text) return;
    text_ = text;
    invalidateFilter();
}

void RankedScriptFilter::setScope(std::optional<mph::Scope> scope) {
    if (scope_ == scope) return;
    scope_ = scope;
    invalidateFilter();
}

void RankedScriptFilter::setVerdict(std::optional<Verdict> verdict) {
    if (verdict_ == verdict) return;
    verdict_ = verdict;
    invalidateFilter();
}

void RankedScriptFilter::setOutliersOnly(bool outliersOnly) {
    if (outliersOnly_ == outliersOnly) return;
    outliersOnly_ = outliersOnly;
    invalidateFilter();
}

void RankedScriptFilter::setHideJudged(bool hideJudged) {
    if (hideJudged_ == hideJudged) return;
    hideJudged_ = hideJudged;
    invalidateFilter();
}

bool RankedScriptFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (first.data(RankedScriptModel::IsCampaignRole).toBool()) return false; // shown through its members
    if (hideJudged_ && !verdict_ && first.data(RankedScriptModel::PriorJudgedRole).toBool()) return false;
    if (outliersOnly_ && !first.data(RankedScriptModel::OutlierRole).toBool()) return false;
    if (scope_ && first.data(RankedScriptModel::ScopeRole).toInt() != static_cast<int>(*scope_)) return false;
    if (verdict_) {
        // The verdict of this session, else the one the history remembers.
        int verdict = first.data(RankedScriptModel::VerdictRole).toInt();
        if (verdict == static_cast<int>(Verdict::Undecided))
            verdict = std::max(verdict, first.data(RankedScriptModel::PriorVerdictRole).toInt());
        if (verdict != static_cast<int>(*verdict_)) return false;
    }
    if (text_.isEmpty()) return true;
    for (int column : {RankedScriptModel::Package, RankedScriptModel::Version, RankedScriptModel::NearestKnown})
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(text_, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace mph::app
