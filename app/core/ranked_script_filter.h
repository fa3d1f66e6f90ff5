#pragma once
// Sorting and filtering of the ranked table: free text (package, version, nearest known), scope, verdict, and
// outliers only. Sorts numerically through RankedScriptModel::SortRole.
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
    void setVerdict(std::optional<Verdict> verdict);
    void setOutliersOnly(bool outliersOnly);

    QString text() const { return text_; }
    bool outliersOnly() const { return outliersOnly_; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

  private:
    QString text_;
    std::optional<mph::Scope> scope_;
    std::optional<Verdict> verdict_;
    bool outliersOnly_ = false;
};

} // namespace mph::app
