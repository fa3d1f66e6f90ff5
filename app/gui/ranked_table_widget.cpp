#include "ranked_table_widget.h"

#include "ranked_script_filter.h"
#include "ranked_script_model.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace mph::app {

namespace {
constexpr int kSizedRows = 100;
}

RankedTableWidget::RankedTableWidget(RankedScriptModel *model, QWidget *parent)
    : QWidget(parent), model_(model), filter_(new RankedScriptFilter(this)), view_(new QTableView(this)),
      text_(new QLineEdit(this)), scope_(new QComboBox(this)), verdict_(new QComboBox(this)),
      outliers_(new QCheckBox(tr("Outliers only"), this)) {
    filter_->setSourceModel(model_);
    view_->setModel(filter_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(RankedScriptModel::Rank, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setAlternatingRowColors(true);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setWordWrap(false);

    text_->setPlaceholderText(tr("Filter by package or nearest known…"));
    text_->setClearButtonEnabled(true);
    scope_->addItem(tr("All scopes"));
    scope_->addItem(tr("install"), static_cast<int>(mph::Scope::Install));
    scope_->addItem(tr("import"), static_cast<int>(mph::Scope::Import));
    verdict_->addItem(tr("All verdicts"));
    for (Verdict v : {Verdict::Undecided, Verdict::Malicious, Verdict::Suspicious, Verdict::Benign})
        verdict_->addItem(verdictLabel(v), static_cast<int>(v));

    connect(text_, &QLineEdit::textChanged, filter_, &RankedScriptFilter::setText);
    connect(scope_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = scope_->currentData();
        filter_->setScope(chosen.isValid() ? std::optional(static_cast<mph::Scope>(chosen.toInt())) : std::nullopt);
    });
    connect(verdict_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant chosen = verdict_->currentData();
        filter_->setVerdict(chosen.isValid() ? std::optional(static_cast<Verdict>(chosen.toInt())) : std::nullopt);
    });
    connect(outliers_, &QCheckBox::toggled, filter_, &RankedScriptFilter::setOutliersOnly);

    // What the analyst reads first comes first on screen (the model's column order, used by copies and exports,
    // stays as it is): rank, package, version, score, nearest known, verdict, then the score's parts.
    QHeaderView *header = view_->horizontalHeader();
    int visual = 0;
    for (int column :
         {RankedScriptModel::Rank, RankedScriptModel::Package, RankedScriptModel::Version, RankedScriptModel::Score,
          RankedScriptModel::NearestKnown, RankedScriptModel::VerdictColumn, RankedScriptModel::Scope,
          RankedScriptModel::Cluster, RankedScriptModel::DB, RankedScriptModel::DM, RankedScriptModel::Size})
        header->moveSection(header->visualIndex(column), visual++);
    // Column widths from the first rows only (the top of the ranking is what is on screen): sizing every row of a
    // large batch is a GUI-thread stall.
    header->setResizeContentsPrecision(kSizedRows);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        view_->resizeColumnsToContents();
        for (const auto &[column, widest] :
             {std::pair{RankedScriptModel::Package, 170}, std::pair{RankedScriptModel::Version, 100},
              std::pair{RankedScriptModel::NearestKnown, 180}})
            view_->setColumnWidth(column, std::min(view_->columnWidth(column), widest));
    });
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentRankingIndexChanged(currentRankingIndex()); });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedRankingIndices()); });

    auto addAction = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    addAction(tr("Next outlier"), {QKeySequence(Qt::Key_F3), QKeySequence(Qt::Key_J)}, &RankedTableWidget::nextOutlier);
    addAction(tr("Previous outlier"), {QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence(Qt::Key_K)},
              &RankedTableWidget::previousOutlier);
    addAction(tr("Copy rows"), {QKeySequence::Copy}, &RankedTableWidget::copySelection);

    auto *bar = new QHBoxLayout;
    bar->addWidget(text_, 1);
    bar->addWidget(scope_);
    bar->addWidget(verdict_);
    bar->addWidget(outliers_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
}

int RankedTableWidget::currentRankingIndex() const {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RankedScriptModel::RankingIndexRole).toInt() : -1;
}

void RankedTableWidget::setCurrentRankingIndex(int rankingIndex) {
    const int row = model_->rowOfRankingIndex(rankingIndex);
    if (row < 0) return;
    QModelIndex proxy = filter_->mapFromSource(model_->index(row, 0));
    if (!proxy.isValid()) { // filtered out: show everything again rather than select nothing
        text_->clear();
        scope_->setCurrentIndex(0);
        verdict_->setCurrentIndex(0);
        outliers_->setChecked(false);
        proxy = filter_->mapFromSource(model_->index(row, 0));
    }
    view_->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(proxy);
}

void RankedTableWidget::selectRankingIndices(const std::vector<int> &rankingIndices) {
    QItemSelection selection;
    for (int rankingIndex : rankingIndices) {
        const int row = model_->rowOfRankingIndex(rankingIndex);
        const QModelIndex proxy = row < 0 ? QModelIndex() : filter_->mapFromSource(model_->index(row, 0));
        if (proxy.isValid()) selection.select(proxy, proxy.siblingAtColumn(RankedScriptModel::ColumnCount - 1));
    }
    view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) view_->scrollTo(selection.first().topLeft());
}

std::vector<int> RankedTableWidget::selectedRankingIndices() const {
    std::vector<int> indices;
    for (const QModelIndex &row : view_->selectionModel()->selectedRows())
        indices.push_back(row.data(RankedScriptModel::RankingIndexRole).toInt());
    std::sort(indices.begin(), indices.end());
    return indices;
}

QString RankedTableWidget::selectedRowsAsText() const {
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    for (int column = 0; column < filter_->columnCount(); ++column)
        header << filter_->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < filter_->columnCount(); ++column)
            cells << row.siblingAtColumn(column).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void RankedTableWidget::copySelection() const {
    if (!view_->selectionModel()->selectedRows().isEmpty()) QApplication::clipboard()->setText(selectedRowsAsText());
}

void RankedTableWidget::stepOutlier(int direction) {
    const int rows = filter_->rowCount();
    if (rows == 0) return;
    const QModelIndex current = view_->selectionModel()->currentIndex();
    int row = current.isValid() ? current.row() : (direction > 0 ? -1 : rows);
    for (int step = 0; step < rows; ++step) {
        row += direction;
        if (row < 0 || row >= rows) return; // no wrap-around: the analyst reads in order
        const QModelIndex candidate = filter_->index(row, 0);
        if (candidate.data(RankedScriptModel::OutlierRole).toBool()) {
            view_->selectionModel()->setCurrentIndex(candidate,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view_->scrollTo(candidate);
            return;
        }
    }
}

void RankedTableWidget::nextOutlier() {
    stepOutlier(+1);
}
void RankedTableWidget::previousOutlier() {
    stepOutlier(-1);
}

} // namespace mph::app
