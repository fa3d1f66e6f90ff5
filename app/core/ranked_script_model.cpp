#include "ranked_script_model.h"

#include <QColor>

#include <utility>

namespace mph::app {

QColor verdictColor(Verdict verdict) {
    switch (verdict) {
    case Verdict::Malicious:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::Suspicious:
        return QColor(0xef, 0x8f, 0x00);
    case Verdict::Benign:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::Undecided:
        break;
    }
    return {};
}

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

void RankedScriptModel::setHistory(RunHistoryPtr history) {
    beginResetModel();
    history_ = std::move(history);
    endResetModel();
}

void RankedScriptModel::setVerdict(const QString &scriptKey, Verdict verdict) {
    if (verdicts_.value(scriptKey, Verdict::Undecided) == verdict) return;
    verdicts_.insert(scriptKey, verdict);
    if (!scan_) return;
    for (int row = 0; row < rowCount(); ++row) {
        if (mph::app::scriptKey(*scan_, scan_->ranking[static_cast<std::size_t>(row)].entry) == scriptKey) {
            // The package cell carries the row's verdict mark too.
            emit dataChanged(index(row, Package), index(row, VerdictColumn));
        }
    }
}

void RankedScriptModel::clearVerdicts() {
    verdicts_.clear();
    if (rowCount() > 0) emit dataChanged(index(0, Package), index(rowCount() - 1, VerdictColumn));
}

Verdict RankedScriptModel::verdictOfRow(int row) const {
    return row >= 0 && row < rowCount() ? verdictOf(scan_->ranking[static_cast<std::size_t>(row)]) : Verdict::Undecided;
}

const ArchiveHistory *RankedScriptModel::archiveHistoryOfRow(int row) const {
    return row >= 0 && row < rowCount() ? archiveHistoryOf(scan_->ranking[static_cast<std::size_t>(row)]) : nullptr;
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
        return toolTip(ranked, index.column());
    case Qt::DecorationRole: {
        // A judged row shows the verdict's colour beside the package name and beside each verdict.
        const auto prior = priorVerdictOf(ranked);
        const Verdict session = verdictOf(ranked);
        if (index.column() == VerdictColumn) return session == Verdict::Undecided ? QVariant() : verdictColor(session);
        if (index.column() == PriorVerdictColumn) return prior ? QVariant(verdictColor(*prior)) : QVariant();
        if (index.column() == Package && (session != Verdict::Undecided || prior))
            return verdictColor(session != Verdict::Undecided ? session : *prior);
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Package || index.column() == Version || index.column() == NearestKnown ||
            index.column() == Scope || index.column() == VerdictColumn || index.column() == PriorVerdictColumn ||
            index.column() == FirstSeenColumn)
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
    case CampaignRole:
        return static_cast<int>(ranked.campaign);
    case FollowsMaliciousRole:
        return ranked.followsMalicious;
    case PriorVerdictRole: {
        const auto prior = priorVerdictOf(ranked);
        return prior ? static_cast<int>(*prior) : -1;
    }
    case PriorJudgedRole:
        return priorVerdictOf(ranked).has_value();
    case JudgedRole:
        return priorVerdictOf(ranked).has_value() || verdictOf(ranked) != Verdict::Undecided;
    case IsCampaignRole:
        return false;
    default:
        return {};
    }
}

QVariant RankedScriptModel::toolTip(const RankedScript &ranked, int column) const {
    switch (column) {
    case Rank:
        return ranked.followsMalicious ? tr("New version of a project judged malicious") : QVariant();
    case Cluster:
        if (ranked.cluster < 0)
            return tr("HDBSCAN noise: an outlier among batch and background (GLOSH %1)")
                .arg(ranked.outlierScore, 0, 'f', 3);
        return {};
    case Package: {
        const QString source = fromBytes(packageOfEntry(*scan_, ranked.entry).source);
        return ranked.followsMalicious ? tr("%1\nNew version of a project judged malicious").arg(source) : source;
    }
    case PriorVerdictColumn: {
        const ArchiveHistory *history = archiveHistoryOf(ranked);
        if (!history || !history->verdict) return {};
        const VerdictRecord &record = *history->verdict;
        QString text = tr("%1 on %2").arg(verdictLabel(record.verdict), record.at.toUTC().date().toString(Qt::ISODate));
        if (!record.analyst.isEmpty()) text = tr("%1 by %2").arg(text, record.analyst);
        if (!record.note.isEmpty()) text += QLatin1Char('\n') + record.note;
        return text;
    }
    case FirstSeenColumn: {
        const ArchiveHistory *history = archiveHistoryOf(ranked);
        if (!history || !history->firstSeen.isValid()) return tr("Not seen by an earlier run");
        return tr("First seen on %1").arg(history->firstSeen.toString(Qt::ISODate));
    }
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
    case PriorVerdictColumn: {
        const auto prior = priorVerdictOf(ranked);
        return prior ? verdictLabel(*prior) : QString();
    }
    case FirstSeenColumn: {
        const ArchiveHistory *history = archiveHistoryOf(ranked);
        return history && history->firstSeen.isValid() ? history->firstSeen.toString(Qt::ISODate) : QString();
    }
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
    case PriorVerdictColumn: {
        const auto prior = priorVerdictOf(ranked);
        return prior ? static_cast<int>(*prior) : -1;
    }
    default:
        return display(ranked, column).toString().toLower();
    }
}

const ArchiveHistory *RankedScriptModel::archiveHistoryOf(const RankedScript &ranked) const {
    if (!history_) return nullptr;
    return history_->archive(QString::fromLatin1(packageOfEntry(*scan_, ranked.entry).sha256.c_str()));
}

std::optional<Verdict> RankedScriptModel::priorVerdictOf(const RankedScript &ranked) const {
    // An undecided record is no judgement: it neither marks nor hides the row.
    const ArchiveHistory *history = archiveHistoryOf(ranked);
    if (!history || !history->verdict || history->verdict->verdict == Verdict::Undecided) return std::nullopt;
    return history->verdict->verdict;
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
    case PriorVerdictColumn:
        return tr("Prior verdict");
    case FirstSeenColumn:
        return tr("First seen");
    default:
        return {};
    }
}

} // namespace mph::app
