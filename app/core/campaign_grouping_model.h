#pragma once
// The ranked table as a tree (design 2.9, issue 13): the rows of RankedScriptModel stay as they are, except that the
// rows of the packages of one campaign (ScanResult::campaigns) are gathered under one parent row, placed where its
// best member ranks. A campaign row shows its size, its link, and its best member's rank and scores; its
// RankingIndexRole is its best member's (selecting it shows that script), MemberRankingIndicesRole lists them all.
// A proxy over the flat model, so that the flat model (exports, the map, tests) keeps one row per ranked script.
#include "ranked_script_model.h"

#include <QAbstractProxyModel>

#include <vector>

namespace mph::app {

class CampaignGroupingModel : public QAbstractProxyModel {
    Q_OBJECT
  public:
    explicit CampaignGroupingModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override; // a RankedScriptModel

    // Top-level row of a campaign, -1 when it has no row (fewer than two ranked scripts, or no scan).
    int rowOfCampaign(int campaign) const;
    // The ranking indices of a campaign's rows, best member first.
    QList<int> memberRankingIndices(int campaign) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxy) const override;
    QModelIndex mapFromSource(const QModelIndex &source) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The proxy defaults go through mapToSource(), which campaign rows do not have.
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    QModelIndex buddy(const QModelIndex &index) const override;

  private:
    struct Top {
        int campaign = -1;     // -1: a plain row
        int sourceRow = -1;    // plain rows: the flat model's row
        std::vector<int> rows; // campaign rows: the flat model's rows of its members, in the flat model's order
    };
    struct Place {
        int top = -1;   // the top-level row holding it
        int child = -1; // its row under that campaign, -1: it is the top-level row itself
    };

    void rebuild();
    void onSourceDataChanged(const QModelIndex &from, const QModelIndex &to, const QList<int> &roles);
    QVariant campaignData(const Top &top, int column, int role) const;
    int bestRow(const Top &top) const; // the flat row shown for the campaign
    RankedScriptModel *ranked() const;

    std::vector<Top> tops_;
    std::vector<Place> places_; // by flat row
    std::vector<int> topOfCampaign_;
};

} // namespace mph::app
