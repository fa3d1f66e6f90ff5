#pragma once
// Sorting and filtering of the ranked table: free text (package, version, nearest known), scope, verdict, outliers
// only, and packages judged before this run (hidden by default). Sorts numerically through RankedScriptModel::SortRole.
// Over CampaignGroupingModel, a campaign row is shown when one of its members is, and sorts by its best member.
#include "pipeline/scan.h"
#include "verdict.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace mph::app {

class RankedScriptFilter : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit RankedScriptFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setScope(std::optional<mph::Scope> scope);
    void setVerdict(std::optional<Verdict> verdict); // this session's verdict, else the history's
    void setOutliersOnly(bool outliersOnly);
    // Hides rows whose package the history says was judged before this run (a prior verdict). A verdict given in
    // this session marks its row but keeps it in view until the next run, so the row being judged never vanishes;
    // choosing a verdict to filter by shows judged rows whatever this says.
    void setHideJudged(bool hideJudged);

    QString text() const { return text_; }
    bool outliersOnly() const { return outliersOnly_; }
    bool hideJudged() const { return hideJudged_; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

  private:
    QString text_;
    std::optional<mph::Scope> scope_;
    std::optional<Verdict> verdict_;
    bool outliersOnly_ = false;
    bool hideJudged_ = true;
};

} // namespace mph::app
