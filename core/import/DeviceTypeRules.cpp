#include "DeviceTypeRules.h"

#include "util/TextHash.h"

#include <QRegularExpression>

#include <vector>

namespace rullering {
namespace {

// A pattern (a case-insensitive regular expression found anywhere in the text) and what it means.
struct Rule
{
    const char* pattern;
    DeviceType type;
};

// What an operating system says. Phone here means "a phone or a tablet": the model tells them apart.
// Intune writes "iOS", "iPadOS", "iOS/iPadOS", "Android", "AndroidEnterprise"; AD "Windows Server 2019 Standard";
// Configuration Manager "Microsoft Windows Server 2016 Datacenter".
const std::vector<Rule> OperatingSystemRules = {
    {"\\bserver\\b", DeviceType::Server},
    {"^ipados|^ipad\\b", DeviceType::Tablet},
    {"^ios\\b|^iphone", DeviceType::Phone},
    {"android", DeviceType::Phone},
};

// Model names, in order: the first rule that matches decides. A more specific name comes before a general one
// ("Galaxy Tab" and "Galaxy Book" before the phones' "Galaxy", "Pixel Tablet" and "Pixelbook" before "Pixel").
const std::vector<Rule> ModelRules = {
    // Tablets. Samsung's tablets report SM-T…, SM-P… and SM-X… model codes.
    {"ipad", DeviceType::Tablet},
    {"galaxy tab", DeviceType::Tablet},
    {"\\bsm-[tpx]\\d", DeviceType::Tablet},
    {"\\btab s", DeviceType::Tablet},
    {"lenovo tab", DeviceType::Tablet},
    {"surface go", DeviceType::Tablet},
    {"surface pro", DeviceType::Tablet},
    {"mediapad|matepad", DeviceType::Tablet},
    {"\\bpad\\b", DeviceType::Tablet}, // Xiaomi Pad, Redmi Pad
    {"tablet", DeviceType::Tablet},
    // Laptops.
    {"latitude|elitebook|probook|zbook|thinkpad|thinkbook|ideapad|travelmate|chromebook", DeviceType::Laptop},
    {"surface laptop|surface book|macbook|galaxy book|pixelbook|matebook|vivobook|zenbook|expertbook",
     DeviceType::Laptop},
    {"\\bdell pro (max )?1[3-8]\\b", DeviceType::Laptop}, // Dell Pro 14, Dell Pro 16, Dell Pro Max 16
    {"\\bxps 1[3-7]\\b|precision 55|dynabook|portege|tecra", DeviceType::Laptop},
    {"notebook|laptop", DeviceType::Laptop},
    // Desktops.
    {"optiplex|prodesk|elitedesk|thinkcentre|thinkstation|veriton", DeviceType::Desktop},
    {"\\b(elite|pro) (mini|tower|sff)\\b", DeviceType::Desktop}, // HP Elite Mini 800 G9, HP Pro Tower 400
    {"\\bdell pro (max )?(micro|slim|tower)\\b", DeviceType::Desktop},
    {"imac|mac mini|mac studio|mini pc|desktop|all-in-one|precision 3", DeviceType::Desktop},
    // Servers.
    {"poweredge|proliant|thinksystem|primergy|\\bserver\\b", DeviceType::Server},
    // Printers.
    {"laserjet|officejet|imagerunner|bizhub|ecosys|printer", DeviceType::Printer},
    // Phones: after the tablets and laptops above that share their makers' names.
    {"iphone|galaxy|pixel|\\bmoto|xiaomi|redmi|oneplus|fairphone|nokia|huawei|\\bpoco\\b", DeviceType::Phone},
    {"\\bsm-[gasnfm]\\d", DeviceType::Phone}, // Samsung's phone model codes
};

struct CompiledRule
{
    QRegularExpression pattern;
    DeviceType type;
};

std::vector<CompiledRule> compile(const std::vector<Rule>& rules)
{
    std::vector<CompiledRule> compiled;
    compiled.reserve(rules.size());
    for (const Rule& rule : rules)
        compiled.push_back(
            {QRegularExpression(QString::fromUtf8(rule.pattern), QRegularExpression::CaseInsensitiveOption |
                                                                     QRegularExpression::UseUnicodePropertiesOption),
             rule.type});
    return compiled;
}

std::optional<DeviceType> firstMatch(const std::vector<CompiledRule>& rules, const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const CompiledRule& rule : rules) {
        if (rule.pattern.match(text).hasMatch())
            return rule.type;
    }
    return std::nullopt;
}

std::optional<DeviceType> decide(const QString& model, const QString& operatingSystem)
{
    // Per thread: the import runs on a worker thread, the wizard's preview on the GUI thread.
    thread_local const std::vector<CompiledRule> operatingSystems = compile(OperatingSystemRules);
    thread_local const std::vector<CompiledRule> models = compile(ModelRules);
    const std::optional<DeviceType> byModel = firstMatch(models, model.trimmed());
    const std::optional<DeviceType> byOs = firstMatch(operatingSystems, operatingSystem.trimmed());
    if (byOs == DeviceType::Phone)
        return byModel == DeviceType::Tablet ? DeviceType::Tablet : DeviceType::Phone;
    if (byOs)
        return byOs;
    return byModel;
}

} // namespace

std::optional<DeviceType> guessDeviceType(const QString& model, const QString& operatingSystem)
{
    // A fleet has a few hundred models and OS names shared by thousands of rows: each pair is decided once, not
    // two dozen patterns again for every row of a million-row load.
    thread_local TextMap<std::optional<DeviceType>> decided;
    const QString key = model + u'\n' + operatingSystem;
    if (const auto it = decided.find(key); it != decided.end())
        return it->second;
    if (decided.size() >= 10000) // a file with a new model on every row: keep the memory bounded
        decided.clear();
    const std::optional<DeviceType> type = decide(model, operatingSystem);
    decided.emplace(key, type);
    return type;
}

} // namespace rullering
