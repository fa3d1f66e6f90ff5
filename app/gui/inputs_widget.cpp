#include "inputs_widget.h"

#include <QHeaderView>

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
    auto addRole = [&](Role role, const QString &title, const QStringList &children) {
        auto *item = new QTreeWidgetItem(this, {title, count(role)});
        for (const QString &child : children)
            new QTreeWidgetItem(item, {child});
        if (children.isEmpty()) new QTreeWidgetItem(item, {tr("(none configured)")});
        item->setExpanded(true);
    };
    if (options.demo) {
        addRole(Role::Batch, tr("Batch"), {tr("embedded demo corpus")});
        addRole(Role::Background, tr("Background"), {tr("embedded demo corpus")});
        addRole(Role::Known, tr("Known malicious"), {tr("embedded demo corpus")});
        return;
    }
    QStringList batches, background, known;
    for (const BatchInput &batch : options.batches)
        for (const auto &root : batch.roots)
            batches << QString::fromStdString(root.string());
    for (const auto &path : options.background)
        background << QString::fromStdString(path.string());
    for (const auto &path : options.known)
        known << QString::fromStdString(path.string());
    addRole(Role::Batch, tr("Batch"), batches);
    addRole(Role::Background, tr("Background"), background);
    addRole(Role::Known, tr("Known malicious"), known);
}

} // namespace mph::app
