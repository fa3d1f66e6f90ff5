#include "ranked_script_filter.h"

#include "ranked_script_model.h"

namespace mph::app {

RankedScriptFilter::RankedScriptFilter(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(RankedScriptModel::SortRole);
    setDynamicSortFilter(true);
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

bool RankedScriptFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (outliersOnly_ && !first.data(RankedScriptModel::OutlierRole).toBool()) return false;
    if (scope_ && first.data(RankedScriptModel::ScopeRole).toInt() != static_cast<int>(*scope_)) return false;
    if (verdict_ && first.data(RankedScriptModel::VerdictRole).toInt() != static_cast<int>(*verdict_)) return false;
    if (text_.isEmpty()) return true;
    for (int column : {RankedScriptModel::Package, RankedScriptModel::Version, RankedScriptModel::NearestKnown})
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(text_, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace mph::app
