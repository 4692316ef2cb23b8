#include "DeviceItemDelegate.h"

#include "register/DeviceListQuery.h"

#include <QComboBox>
#include <QSpinBox>

namespace rullering {

QWidget* DeviceItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    switch (static_cast<DeviceColumn>(index.column())) {
    case DeviceColumn::State: {
        auto* box = new QComboBox(parent);
        const auto current = static_cast<LifecycleState>(index.data(Qt::EditRole).toInt());
        box->addItem(lifecycleStateName(current), static_cast<int>(current));
        for (LifecycleState state : allowedTransitions(current)) {
            if (state != LifecycleState::Replaced) // recorded by a swap, which knows the replacement
                box->addItem(lifecycleStateName(state), static_cast<int>(state));
        }
        return box;
    }
    case DeviceColumn::Type: {
        auto* box = new QComboBox(parent);
        for (DeviceType type : allDeviceTypes())
            box->addItem(deviceTypeName(type), static_cast<int>(type));
        return box;
    }
    case DeviceColumn::ProductionYear: {
        auto* box = new QSpinBox(parent);
        box->setRange(1979, QDate::currentDate().year() + 1);
        box->setSpecialValueText(tr("unknown"));
        return box;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DeviceItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole).toInt())));
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        const int year = index.data(Qt::EditRole).toInt();
        spin->setValue(year > 0 ? year : spin->minimum());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DeviceItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        if (box->currentData().toInt() != index.data(Qt::EditRole).toInt())
            model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        const int year = spin->value() == spin->minimum() ? 0 : spin->value();
        if (year != index.data(Qt::EditRole).toInt())
            model->setData(index, year, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rullering
