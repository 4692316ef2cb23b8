#include "ScenarioDialog.h"

#include "planning/PlanRepository.h"
#include "shell/MessageArea.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace rullering {

ScenarioDialog::ScenarioDialog(Database& database, const PlanPolicy& current, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_current(current)
{
    setObjectName(QStringLiteral("scenarioDialog"));
    setWindowTitle(tr("Compare plan scenarios"));
    m_plans = new QListWidget(this);
    m_plans->setObjectName(QStringLiteral("scenarioList"));
    m_plans->setAccessibleName(tr("Plans to compare"));
    // A long plan name wraps in the narrow list rather than scrolling it sideways.
    m_plans->setWordWrap(true);
    m_plans->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* currentItem = new QListWidgetItem(tr("Current settings"), m_plans);
    currentItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    currentItem->setCheckState(Qt::Checked);
    auto* message = new MessageArea(this);
    message->setObjectName(QStringLiteral("scenarioMessage"));
    Result<QStringList> names = PlanRepository(database).names();
    if (!names)
        message->showMessage(tr("The saved plans could not be read: %1").arg(names.errorMessage()));
    for (const QString& name : names.valueOr({})) {
        auto* item = new QListWidgetItem(name, m_plans);
        item->setData(Qt::UserRole, name);
        item->setToolTip(name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("scenarioTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto* compareButton = new QPushButton(tr("&Compare"), this);
    compareButton->setObjectName(QStringLiteral("scenarioCompareButton"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Plans:"), left);
    label->setBuddy(m_plans);
    leftLayout->addWidget(label);
    leftLayout->addWidget(m_plans);
    leftLayout->addWidget(compareButton);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    // The list of plans needs little room; the table gets the rest, so two scenarios fit a 1024 px screen.
    splitter->setSizes({qBound(120, m_plans->sizeHintForColumn(0) + 40, 180), 100000});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(compareButton, &QPushButton::clicked, this, &ScenarioDialog::compare);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    // Wide enough for two scenarios and their difference without scrolling sideways, where the screen allows.
    const QRect available = screen()->availableGeometry();
    resize(qMin(1280, available.width() - 40), qMin(640, available.height() - 40));
    compare();
}

// A column's header: the scenario's name wrapped onto at most two lines of its own and elided after that, so that a
// long plan name does not widen every one of its columns past a small screen; the whole text is the tooltip.
QTableWidgetItem* ScenarioDialog::headerItem(const QStringList& lines) const
{
    const QFontMetrics metrics(m_table->horizontalHeader()->font());
    const int widest = metrics.horizontalAdvance(QLatin1Char('0')) * 12;
    QStringList shown;
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 0 && lines.size() > 1)
            shown << wrapped(metrics, lines[i], widest, 2);
        else
            shown << metrics.elidedText(lines[i], Qt::ElideRight, widest);
    }
    auto* item = new QTableWidgetItem(shown.join(u'\n'));
    item->setToolTip(lines.join(u'\n'));
    return item;
}

// Words filled onto lines of `width`; past `maxLines` the rest joins the last line, elided.
QString ScenarioDialog::wrapped(const QFontMetrics& metrics, const QString& text, int width, int maxLines)
{
    QStringList lines;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + u' ' + word) <= width)
            lines.last() += u' ' + word;
        else
            lines << word;
    }
    if (lines.size() > maxLines)
        lines = lines.mid(0, maxLines - 1) << QStringList(lines.mid(maxLines - 1)).join(u' ');
    for (QString& line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    return lines.join(u'\n');
}

void ScenarioDialog::compare()
{
    QList<NamedPolicy> scenarios;
    PlanRepository plans(m_database);
    for (int i = 0; i < m_plans->count(); ++i) {
        const QListWidgetItem* item = m_plans->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString name = item->data(Qt::UserRole).toString();
        if (name.isEmpty()) {
            scenarios.append({item->text(), m_current});
            continue;
        }
        Result<PlanPolicy> policy = plans.load(name);
        if (!policy) {
            QMessageBox::warning(this, windowTitle(), policy.errorMessage());
            return;
        }
        scenarios.append({name, policy.value()});
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    PlanService service(m_database);
    Result<QList<ScenarioRow>> rows = service.compare(scenarios);
    QApplication::restoreOverrideCursor();
    if (!rows) {
        QMessageBox::warning(this, windowTitle(), rows.errorMessage());
        return;
    }
    // Pivot: one row per municipality and year, two columns (devices, cost) per scenario, and right after each
    // scenario but the first what it changes against the first (the comparison a reader came for, without
    // subtracting, and beside the scenario it is about rather than past every other one).
    std::map<std::pair<QString, int>, QHash<QString, ScenarioRow>> pivot;
    for (const ScenarioRow& row : rows.value())
        pivot[{row.municipality, row.year}].insert(row.scenario, row);
    QList<QStringList> headers = {{tr("Municipality")}, {tr("Year")}};
    for (int s = 0; s < scenarios.size(); ++s) {
        headers << QStringList{scenarios[s].name, tr("devices")} << QStringList{scenarios[s].name, tr("cost (NOK)")};
        if (s > 0) {
            const QString against = tr("− %1").arg(scenarios[0].name);
            headers << QStringList{scenarios[s].name, against, tr("devices")}
                    << QStringList{scenarios[s].name, against, tr("cost (NOK)")};
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column)
        m_table->setHorizontalHeaderItem(column, headerItem(headers[column]));
    m_table->setRowCount(int(pivot.size()));
    const QLocale locale;
    const auto number = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const auto signedText = [&locale](double value, int decimals) {
        const QString text = locale.toString(value, 'f', decimals);
        return value > 0 ? locale.positiveSign() + text : text;
    };
    // The first of scenario s's columns: its devices, its cost, then (after the first) its two differences.
    const auto firstColumn = [](int s) {
        return s == 0 ? 2 : 4 + 4 * (s - 1);
    };
    int r = 0;
    for (const auto& [key, perScenario] : pivot) {
        m_table->setItem(r, 0, new QTableWidgetItem(key.first));
        m_table->setItem(r, 1, new QTableWidgetItem(QString::number(key.second)));
        const ScenarioRow first = scenarios.isEmpty() ? ScenarioRow{} : perScenario.value(scenarios[0].name);
        for (int s = 0; s < scenarios.size(); ++s) {
            const auto it = perScenario.constFind(scenarios[s].name);
            QString count, cost;
            if (it != perScenario.constEnd()) {
                count = locale.toString(it->count);
                if (it->overdue > 0)
                    count += u' ' + tr("(%1 overdue)").arg(locale.toString(it->overdue));
                cost = locale.toString(it->cost, 'f', 0);
            }
            const int column = firstColumn(s);
            m_table->setItem(r, column, number(count));
            m_table->setItem(r, column + 1, number(cost));
            if (s == 0)
                continue;
            const ScenarioRow other = perScenario.value(scenarios[s].name); // absent: nothing planned, 0
            m_table->setItem(r, column + 2, number(signedText(double(other.count - first.count), 0)));
            m_table->setItem(r, column + 3, number(signedText(other.cost - first.cost, 0)));
        }
        ++r;
    }
    m_table->resizeColumnsToContents();
}

} // namespace rullering
