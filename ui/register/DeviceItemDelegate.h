#pragma once

#include <QStyledItemDelegate>

namespace rullering {

// Editors for the register's inline edits: the lifecycle state offers only the moves the transition table allows
// from the current state, the type a list, the production year a spin box where the lowest value means unknown.
class DeviceItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace rullering
