#include "error_list_model.h"

#include <utility>

namespace mph::app {

ErrorListModel::ErrorListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ErrorListModel::setErrors(QList<ErrorRecord> errors) {
    beginResetModel();
    errors_ = std::move(errors);
    endResetModel();
}

void ErrorListModel::append(const ErrorRecord &error) {
    const int row = static_cast<int>(errors_.size());
    beginInsertRows({}, row, row);
    errors_.append(error);
    endInsertRows();
}

int ErrorListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(errors_.size());
}

int ErrorListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const ErrorRecord &error = errors_[index.row()];
    return index.column() == File ? error.file : error.reason;
}

QVariant ErrorListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == File ? tr("File") : tr("Reason");
}

} // namespace mph::app
