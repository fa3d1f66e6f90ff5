#pragma once
// The ranked batch scripts of a scan, one row per ScanResult::ranking entry, in the engine's order (batch, scope,
// rank). Verdicts come from the case book and are pushed in with setVerdict(); what the history database knew of each
// archive before the run (prior verdict, first seen) comes with setHistory(). Campaign rows are added above this flat
// model by CampaignGroupingModel.
#include "run_history.h"
#include "scan_access.h"
#include "verdict.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

class QColor;

namespace mph::app {

// The mark of a verdict in the table (a swatch beside it); invalid for Undecided.
QColor verdictColor(Verdict verdict);

class RankedScriptModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Rank,
        Package,
        Version,
        Scope,
        Cluster,
        Score,
        DB,
        DM,
        Size,
        NearestKnown,
        VerdictColumn,
        PriorVerdictColumn, // the history's latest verdict for the archive, else for name==version
        FirstSeenColumn,    // date of the first scan in the history that saw the archive
        ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, lower-case text otherwise
        RankingIndexRole,            // index into ScanResult::ranking
        EntryRole,                   // index into ScanResult::scripts
        OutlierRole,                 // bool: HDBSCAN noise
        ScopeRole,                   // int(mph::Scope)
        VerdictRole,                 // int(Verdict)
        ScriptKeyRole,               // scriptKey()
        CampaignRole,                // index into ScanResult::campaigns, -1: in none
        FollowsMaliciousRole,        // bool: a new version of a project judged malicious
        PriorVerdictRole,            // int(Verdict) of the history's verdict, -1: none
        PriorJudgedRole,             // bool: judged before this run (a prior verdict other than undecided)
        JudgedRole,                  // bool: judged before, or in this session (a verdict other than undecided)
        // CampaignGroupingModel's campaign rows:
        IsCampaignRole,           // bool
        MemberRankingIndicesRole, // QList<int>: the ranking indices of its rows, best first
    };

    explicit RankedScriptModel(QObject *parent = nullptr);

    void setScan(ScanPtr scan);
    const ScanPtr &scan() const { return scan_; }

    // What the history knew before the run; null: the run used no history (the history columns stay empty).
    void setHistory(RunHistoryPtr history);
    const RunHistoryPtr &history() const { return history_; }

    void setVerdict(const QString &scriptKey, Verdict verdict);
    void clearVerdicts();
    Verdict verdictOfRow(int row) const;
    const ArchiveHistory *archiveHistoryOfRow(int row) const; // null: none

    // Row of a ranking index or of a script entry; -1 when absent.
    int rowOfRankingIndex(int rankingIndex) const { return rankingIndex < rowCount() ? rankingIndex : -1; }
    int rowOfEntry(std::uint32_t entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QVariant display(const RankedScript &ranked, int column) const;
    QVariant sortValue(const RankedScript &ranked, int column) const;
    Verdict verdictOf(const RankedScript &ranked) const;
    const ArchiveHistory *archiveHistoryOf(const RankedScript &ranked) const;
    std::optional<Verdict> priorVerdictOf(const RankedScript &ranked) const;
    QString nearestKnownTitle(const RankedScript &ranked) const;
    QVariant toolTip(const RankedScript &ranked, int column) const;

    ScanPtr scan_;
    RunHistoryPtr history_;
    QHash<QString, Verdict> verdicts_;
    QHash<std::uint32_t, int> rowByEntry_;
};

} // namespace mph::app
