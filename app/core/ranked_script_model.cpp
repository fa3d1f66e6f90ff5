#include "ranked_script_model.h"

#include <utility>

namespace mph::app {

RankedScriptModel::RankedScriptModel(QObject *parent) : QAbstractTableModel(parent) {}

void RankedScriptModel::setScan(ScanPtr scan) {
    beginResetModel();
    scan_ = std::move(scan);
    rowByEntry_.clear();
    if (scan_)
        for (int row = 0; row < static_cast<int>(scan_->ranking.size()); ++row)
            rowByEntry_.insert(scan_->ranking[static_cast<std::size_t>(row)].entry, row);
    endResetModel();
}

void RankedScriptModel::setVerdict(const QString &scriptKey, Verdict verdict) {
    if (verdicts_.value(scriptKey, Verdict::Undecided) == verdict) return;
    verdicts_.insert(scriptKey, verdict);
    if (!scan_) return;
    for (int row = 0; row < rowCount(); ++row) {
        if (mph::app::scriptKey(*scan_, scan_->ranking[static_cast<std::size_t>(row)].entry) == scriptKey) {
            const QModelIndex cell = index(row, VerdictColumn);
            emit dataChanged(cell, cell);
        }
    }
}

void RankedScriptModel::clearVerdicts() {
    verdicts_.clear();
    if (rowCount() > 0) emit dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn));
}

int RankedScriptModel::rowOfEntry(std::uint32_t entry) const {
    return rowByEntry_.value(entry, -1);
}

int RankedScriptModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !scan_ ? 0 : static_cast<int>(scan_->ranking.size());
}

int RankedScriptModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankedScriptModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const RankedScript &ranked = scan_->ranking[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(ranked, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Cluster && ranked.cluster < 0)
            return tr("HDBSCAN noise: an outlier among batch and background (GLOSH %1)")
                .arg(ranked.outlierScore, 0, 'f', 3);
        if (index.column() == Package) return fromBytes(packageOfEntry(*scan_, ranked.entry).source);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Package || index.column() == Version || index.column() == NearestKnown ||
            index.column() == Scope || index.column() == VerdictColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return sortValue(ranked, index.column());
    case RankingIndexRole:
        return index.row();
    case EntryRole:
        return static_cast<qulonglong>(ranked.entry);
    case OutlierRole:
        return ranked.cluster < 0;
    case ScopeRole:
        return static_cast<int>(scan_->scripts[ranked.entry].scope);
    case VerdictRole:
        return static_cast<int>(verdictOf(ranked));
    case ScriptKeyRole:
        return scriptKey(*scan_, ranked.entry);
    default:
        return {};
    }
}

QVariant RankedScriptModel::display(const RankedScript &ranked, int column) const {
    const mph::Package &package = packageOfEntry(*scan_, ranked.entry);
    switch (column) {
    case Rank:
        return ranked.rank;
    case Package:
        return fromBytes(package.name);
    case Version:
        return fromBytes(package.version);
    case Scope:
        return scopeLabel(scan_->scripts[ranked.entry].scope);
    case Cluster:
        return ranked.cluster < 0 ? tr("noise") : QString::number(ranked.cluster);
    case Score:
        return QString::number(ranked.score, 'f', 4);
    case DB:
        return QString::number(ranked.dB, 'f', 4);
    case DM:
        return QString::number(ranked.dM, 'f', 4);
    case Size:
        return static_cast<qulonglong>(scan_->sequences[scan_->scripts[ranked.entry].unique].size());
    case NearestKnown:
        return nearestKnownTitle(ranked);
    case VerdictColumn:
        return verdictLabel(verdictOf(ranked));
    default:
        return {};
    }
}

QVariant RankedScriptModel::sortValue(const RankedScript &ranked, int column) const {
    switch (column) {
    case Rank: // each (batch, scope) list is its own ranking: sorting by rank never interleaves them
        return (qint64(ranked.batch) << 40) | (qint64(scan_->scripts[ranked.entry].scope) << 32) | qint64(ranked.rank);
    case Cluster:
        return ranked.cluster;
    case Score:
        return ranked.score;
    case DB:
        return ranked.dB;
    case DM:
        return ranked.dM;
    case Size:
        return display(ranked, column);
    case VerdictColumn:
        return static_cast<int>(verdictOf(ranked));
    default:
        return display(ranked, column).toString().toLower();
    }
}

Verdict RankedScriptModel::verdictOf(const RankedScript &ranked) const {
    if (verdicts_.isEmpty()) return Verdict::Undecided;
    return verdicts_.value(scriptKey(*scan_, ranked.entry), Verdict::Undecided);
}

QString RankedScriptModel::nearestKnownTitle(const RankedScript &ranked) const {
    if (ranked.nearestKnown.empty()) return {};
    const mph::Package &known = packageOfEntry(*scan_, ranked.nearestKnown.front());
    return QStringLiteral("%1 %2").arg(fromBytes(known.name), fromBytes(known.version));
}

QVariant RankedScriptModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Package:
        return tr("Package");
    case Version:
        return tr("Version");
    case Scope:
        return tr("Scope");
    case Cluster:
        return tr("Cluster");
    case Score:
        return tr("Score");
    case DB:
        return tr("d_b");
    case DM:
        return tr("d_m");
    case Size:
        return tr("Calls");
    case NearestKnown:
        return tr("Nearest known");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace mph::app
