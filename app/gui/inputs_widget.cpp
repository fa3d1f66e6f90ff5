#include "inputs_widget.h"

#include <QHeaderView>

#include <algorithm>

namespace mph::app {

InputsWidget::InputsWidget(QWidget *parent) : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Input"), tr("Packages")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
}

void InputsWidget::setInputs(const ScanOptions &options, const ScanPtr &scan) {
    clear();
    std::array<std::size_t, 3> counts{};
    if (scan)
        for (const Role role : scan->packageRoles)
            ++counts[static_cast<std::size_t>(role)];
    auto count = [&](Role role) { return scan ? QString::number(counts[static_cast<std::size_t>(role)]) : QString(); };
    auto addRole = [&](Role role, const QString &title, const std::vector<std::filesystem::path> &children) {
        auto *item = new QTreeWidgetItem(this, {title, count(role)});
        // A run may name thousands of package files (the CLI's --batch FILE ...): list a few, count the rest, so that
        // filling the dock stays cheap on the GUI thread.
        constexpr std::size_t kMaxListed = 20;
        for (std::size_t k = 0; k < std::min(children.size(), kMaxListed); ++k)
            new QTreeWidgetItem(item, {QString::fromStdString(children[k].string())});
        if (children.size() > kMaxListed)
            new QTreeWidgetItem(item, {tr("… and %n more", nullptr, static_cast<int>(children.size() - kMaxListed))});
        if (children.empty()) new QTreeWidgetItem(item, {tr("(none configured)")});
        item->setExpanded(true);
    };
    if (options.demo) {
        const std::vector<std::filesystem::path> demo{tr("embedded demo corpus").toStdString()};
        addRole(Role::Batch, tr("Batch"), demo);
        addRole(Role::Background, tr("Background"), demo);
        addRole(Role::Known, tr("Known malicious"), demo);
        return;
    }
    std::vector<std::filesystem::path> batches;
    for (const BatchInput &batch : options.batches)
        batches.insert(batches.end(), batch.roots.begin(), batch.roots.end());
    addRole(Role::Batch, tr("Batch"), batches);
    addRole(Role::Background, tr("Background"), options.background);
    addRole(Role::Known, tr("Known malicious"), options.known);
}

} // namespace mph::app
