#include "ranked_table_widget.h"

#include "campaign_grouping_model.h"
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
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace mph::app {

namespace {

constexpr int kSizedRows = 100;
constexpr auto kHideJudgedKey = "rankedTable/hideJudged";

// A red pennant: a new version of a project judged malicious (drawn, so that no icon file is needed).
QIcon flagIcon() {
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x42, 0x42, 0x42), 3));
        painter.drawLine(QPointF(8, 4), QPointF(8, 29));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawPolygon(QPolygonF({QPointF(9, 4), QPointF(28, 10), QPointF(9, 17)}));
        return QIcon(pixmap);
    }();
    return icon;
}

// Three stacked cards: a campaign of near-identical packages.
QIcon campaignIcon() {
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x37, 0x47, 0x4f), 2));
        for (int i = 2; i >= 0; --i) {
            painter.setBrush(i == 0 ? QColor(0x90, 0xa4, 0xae) : QColor(0xcf, 0xd8, 0xdc));
            painter.drawRoundedRect(QRectF(3 + 5 * i, 3 + 5 * i, 16, 16), 2, 2);
        }
        return QIcon(pixmap);
    }();
    return icon;
}

// Adds the marks that are icons rather than data: the flag beside the rank, the campaign beside its size.
class RankedItemDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;

  protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        QIcon icon;
        if (index.column() == RankedScriptModel::Rank && index.data(RankedScriptModel::FollowsMaliciousRole).toBool())
            icon = flagIcon();
        else if (index.column() == RankedScriptModel::Package && index.data(RankedScriptModel::IsCampaignRole).toBool())
            icon = campaignIcon();
        if (icon.isNull()) return;
        option->icon = icon;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(option->fontMetrics.height(), option->fontMetrics.height());
    }
};

} // namespace

RankedTableWidget::RankedTableWidget(RankedScriptModel *model, QWidget *parent)
    : QWidget(parent), model_(model), grouping_(new CampaignGroupingModel(this)), filter_(new RankedScriptFilter(this)),
      view_(new QTreeView(this)), text_(new QLineEdit(this)), scope_(new QComboBox(this)),
      verdict_(new QComboBox(this)), outliers_(new QCheckBox(tr("Outliers only"), this)),
      hideJudged_(new QCheckBox(tr("Hide judged packages"), this)) {
    grouping_->setSourceModel(model_);
    filter_->setSourceModel(grouping_);
    view_->setModel(filter_);
    view_->setItemDelegate(new RankedItemDelegate(view_));
    view_->setSortingEnabled(true);
    view_->sortByColumn(RankedScriptModel::Rank, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setAlternatingRowColors(true);
    view_->setUniformRowHeights(true); // large batches: row heights are never measured one by one
    view_->setAllColumnsShowFocus(true);
    view_->header()->setStretchLastSection(true);
    view_->setWordWrap(false);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, &RankedTableWidget::showContextMenu);

    // Judged packages are hidden unless the analyst said otherwise last time.
    hideJudged_->setChecked(QSettings().value(QLatin1String(kHideJudgedKey), true).toBool());
    hideJudged_->setToolTip(tr("Hide packages the history says were judged before this run"));
    filter_->setHideJudged(hideJudged_->isChecked());
    connect(hideJudged_, &QCheckBox::toggled, filter_, &RankedScriptFilter::setHideJudged);
    connect(hideJudged_, &QCheckBox::clicked, this,
            [](bool checked) { QSettings().setValue(QLatin1String(kHideJudgedKey), checked); });

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
    // stays as it is): rank, package, version, score, nearest known, verdict, prior verdict, first seen, then the
    // score's parts.
    QHeaderView *header = view_->header();
    int visual = 0;
    for (int column :
         {RankedScriptModel::Rank, RankedScriptModel::Package, RankedScriptModel::Version, RankedScriptModel::Score,
          RankedScriptModel::NearestKnown, RankedScriptModel::VerdictColumn, RankedScriptModel::PriorVerdictColumn,
          RankedScriptModel::FirstSeenColumn, RankedScriptModel::Scope, RankedScriptModel::Cluster,
          RankedScriptModel::DB, RankedScriptModel::DM, RankedScriptModel::Size})
        header->moveSection(header->visualIndex(column), visual++);
    // Column widths from the first rows only (the top of the ranking is what is on screen): sizing every row of a
    // large batch is a GUI-thread stall.
    header->setResizeContentsPrecision(kSizedRows);
    connect(grouping_, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < RankedScriptModel::ColumnCount; ++column)
            view_->resizeColumnToContents(column);
        for (const auto &[column, widest] :
             {std::pair{RankedScriptModel::Package, 210}, std::pair{RankedScriptModel::Version, 150},
              std::pair{RankedScriptModel::NearestKnown, 180}})
            view_->setColumnWidth(column, std::min(view_->columnWidth(column), widest));
        // Verdicts are given after the columns were sized: room for the longest, with its mark.
        const QFontMetrics metrics = view_->fontMetrics();
        int verdictWidth = 0;
        for (Verdict verdict : {Verdict::Undecided, Verdict::Benign, Verdict::Suspicious, Verdict::Malicious})
            verdictWidth = std::max(verdictWidth, metrics.horizontalAdvance(verdictLabel(verdict)));
        verdictWidth += metrics.height() + 16;
        for (int column : {RankedScriptModel::VerdictColumn, RankedScriptModel::PriorVerdictColumn})
            view_->setColumnWidth(column, std::max(view_->columnWidth(column), verdictWidth));
        // The rank column carries the tree's branch and the flag as well as the number.
        view_->setColumnWidth(RankedScriptModel::Rank,
                              std::max(view_->columnWidth(RankedScriptModel::Rank),
                                       view_->indentation() + 2 * view_->fontMetrics().height() +
                                           view_->fontMetrics().horizontalAdvance(QStringLiteral("0000"))));
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
    bar->addWidget(hideJudged_);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
}

int RankedTableWidget::currentRankingIndex() const {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RankedScriptModel::RankingIndexRole).toInt() : -1;
}

int RankedTableWidget::currentCampaign() const {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid()) return -1;
    const int campaign = current.data(RankedScriptModel::CampaignRole).toInt();
    return grouping_->rowOfCampaign(campaign) >= 0 ? campaign : -1; // a campaign of one ranked script is no group
}

QModelIndex RankedTableWidget::shownIndexOfRankingIndex(int rankingIndex) const {
    const int row = model_->rowOfRankingIndex(rankingIndex);
    if (row < 0) return {};
    return filter_->mapFromSource(grouping_->mapFromSource(model_->index(row, 0)));
}

void RankedTableWidget::setCurrentRankingIndex(int rankingIndex) {
    if (model_->rowOfRankingIndex(rankingIndex) < 0) return;
    QModelIndex proxy = shownIndexOfRankingIndex(rankingIndex);
    if (!proxy.isValid()) { // filtered out: show everything again rather than select nothing
        text_->clear();
        scope_->setCurrentIndex(0);
        verdict_->setCurrentIndex(0);
        outliers_->setChecked(false);
        hideJudged_->setChecked(false); // for now: the saved choice changes only when the analyst clicks it
        proxy = shownIndexOfRankingIndex(rankingIndex);
    }
    if (proxy.parent().isValid()) view_->expand(proxy.parent());
    view_->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(proxy);
}

void RankedTableWidget::selectFirstRow() {
    const QModelIndex first = filter_->index(0, 0);
    if (!first.isValid()) return;
    view_->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->scrollTo(first);
}

void RankedTableWidget::expandCampaign(int campaign) {
    const int row = grouping_->rowOfCampaign(campaign);
    if (row < 0) return;
    const QModelIndex proxy = filter_->mapFromSource(grouping_->index(row, 0));
    if (proxy.isValid()) view_->expand(proxy);
}

void RankedTableWidget::selectRankingIndices(const std::vector<int> &rankingIndices) {
    QItemSelection selection;
    for (int rankingIndex : rankingIndices) {
        const QModelIndex proxy = shownIndexOfRankingIndex(rankingIndex);
        if (!proxy.isValid()) continue;
        if (proxy.parent().isValid()) view_->expand(proxy.parent());
        selection.select(proxy, proxy.siblingAtColumn(RankedScriptModel::ColumnCount - 1));
    }
    view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) view_->scrollTo(selection.first().topLeft());
}

std::vector<int> RankedTableWidget::selectedRankingIndices() const {
    std::set<int> indices;
    for (const QModelIndex &row : view_->selectionModel()->selectedRows()) {
        if (row.data(RankedScriptModel::IsCampaignRole).toBool()) {
            for (int member : row.data(RankedScriptModel::MemberRankingIndicesRole).value<QList<int>>())
                indices.insert(member);
        } else {
            indices.insert(row.data(RankedScriptModel::RankingIndexRole).toInt());
        }
    }
    return {indices.begin(), indices.end()};
}

QList<int> RankedTableWidget::shownRankingIndices() const {
    QList<int> indices;
    for (int row = 0; row < filter_->rowCount(); ++row) {
        const QModelIndex top = filter_->index(row, 0);
        if (!top.data(RankedScriptModel::IsCampaignRole).toBool()) {
            indices.append(top.data(RankedScriptModel::RankingIndexRole).toInt());
            continue;
        }
        for (int child = 0; child < filter_->rowCount(top); ++child)
            indices.append(filter_->index(child, 0, top).data(RankedScriptModel::RankingIndexRole).toInt());
    }
    return indices;
}

QString RankedTableWidget::selectedRowsAsText() const {
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    // In the order on screen: by top-level row, a campaign before its members.
    auto position = [](const QModelIndex &index) {
        return index.parent().isValid() ? std::pair{index.parent().row(), index.row() + 1} : std::pair{index.row(), 0};
    };
    std::sort(rows.begin(), rows.end(),
              [&](const QModelIndex &a, const QModelIndex &b) { return position(a) < position(b); });
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
    if (filter_->rowCount() == 0) return;
    // Walks the rows on screen, into expanded campaigns; no wrap-around: the analyst reads in order.
    const QModelIndex current = view_->selectionModel()->currentIndex();
    auto step = [&](const QModelIndex &from) {
        return direction > 0 ? view_->indexBelow(from) : view_->indexAbove(from);
    };
    QModelIndex candidate;
    if (current.isValid()) {
        candidate = step(current.siblingAtColumn(0));
    } else if (direction > 0) {
        candidate = filter_->index(0, 0);
    } else {
        candidate = filter_->index(filter_->rowCount() - 1, 0);
        while (view_->isExpanded(candidate) && filter_->rowCount(candidate) > 0)
            candidate = filter_->index(filter_->rowCount(candidate) - 1, 0, candidate);
    }
    for (; candidate.isValid(); candidate = step(candidate)) {
        if (candidate.data(RankedScriptModel::OutlierRole).toBool()) {
            view_->selectionModel()->setCurrentIndex(candidate,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view_->scrollTo(candidate);
            return;
        }
    }
}

void RankedTableWidget::showContextMenu(const QPoint &position) {
    const QModelIndex index = view_->indexAt(position);
    if (!index.isValid()) return;
    const int campaign = index.data(RankedScriptModel::CampaignRole).toInt();
    if (grouping_->rowOfCampaign(campaign) < 0) return; // the menu acts on campaigns; single rows use the case pane
    QMenu menu(this);
    QMenu *verdicts = menu.addMenu(tr("Set verdict for the campaign"));
    for (Verdict verdict : {Verdict::Malicious, Verdict::Suspicious, Verdict::Benign, Verdict::Undecided})
        connect(verdicts->addAction(verdictLabel(verdict)), &QAction::triggered, this,
                [this, campaign, verdict] { emit campaignVerdictRequested(campaign, verdict); });
    connect(menu.addAction(tr("Export the campaign as OSV records…")), &QAction::triggered, this,
            [this, campaign] { emit campaignOsvRequested(campaign); });
    menu.exec(view_->viewport()->mapToGlobal(position));
}

void RankedTableWidget::nextOutlier() {
    stepOutlier(+1);
}
void RankedTableWidget::previousOutlier() {
    stepOutlier(-1);
}

} // namespace mph::app
