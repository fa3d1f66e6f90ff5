#include "evidence_model.h"

#include <utility>

namespace mph::app {

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceModel::setEvidence(QList<Evidence> evidence) {
    beginResetModel();
    evidence_ = std::move(evidence);
    endResetModel();
}

void EvidenceModel::append(const Evidence &evidence) {
    const int row = static_cast<int>(evidence_.size());
    beginInsertRows({}, row, row);
    evidence_.append(evidence);
    endInsertRows();
    emit edited();
}

void EvidenceModel::removeAt(int row) {
    if (row < 0 || row >= evidence_.size()) return;
    beginRemoveRows({}, row, row);
    evidence_.removeAt(row);
    endRemoveRows();
    emit edited();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(evidence_.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) return {};
    const Evidence &e = evidence_[index.row()];
    switch (index.column()) {
    case Script:
        return e.script;
    case Lines:
        return e.firstLine == e.lastLine ? QString::number(e.firstLine)
                                         : QStringLiteral("%1–%2").arg(e.firstLine).arg(e.lastLine);
    case Comment:
        return e.comment;
    default:
        return {};
    }
}

bool EvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || index.column() != Comment ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    evidence_[index.row()].comment = value.toString();
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Comment) flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Script:
        return tr("Script");
    case Lines:
        return tr("Lines");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace mph::app
