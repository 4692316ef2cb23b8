#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rullering {

// A failed operation's message, written for the person at the keyboard: what went wrong and where.
class Error
{
public:
    // What kind of failure, for callers that react differently (a conflict asks the user; a refusal explains).
    enum class Code
    {
        Failed,    // anything else: I/O, SQL, ...
        NotFound,  // no such device, file, ...
        Refused,   // a rule says no (lifecycle transition, duplicate serial, ...)
        Conflict,  // someone else changed the row since it was read
        Invalid,   // the input is malformed
        Cancelled, // stopped on purpose (a newer query superseded it): not a failure to show
    };

    Error() = default;
    explicit Error(QString message, Code code = Code::Failed)
        : m_message(std::move(message))
        , m_code(code)
    {}

    const QString& message() const { return m_message; }
    Code code() const { return m_code; }

private:
    QString m_message;
    Code m_code = Code::Failed;
};

// The outcome of an operation that can fail: either a value or an Error. (std::expected is C++23.)
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const Error& error() const { return m_error; }
    const QString& errorMessage() const { return m_error.message(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    const QString& errorMessage() const { return m_error.message(); }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace rullering
