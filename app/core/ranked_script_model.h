#pragma once
// The ranked batch scripts of a scan, one row per ScanResult::ranking entry, in the engine's order (batch, scope,
// rank). Verdicts come from the case book and are pushed in with setVerdict().
#include "scan_access.h"
#include "verdict.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mph::app {

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
    };

    explicit RankedScriptModel(QObject *parent = nullptr);

    void setScan(ScanPtr scan);
    const ScanPtr &scan() const { return scan_; }

    void setVerdict(const QString &scriptKey, Verdict verdict);
    void clearVerdicts();

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
    QString nearestKnownTitle(const RankedScript &ranked) const;

    ScanPtr scan_;
    QHash<QString, Verdict> verdicts_;
    QHash<std::uint32_t, int> rowByEntry_;
};

} // namespace mph::app
