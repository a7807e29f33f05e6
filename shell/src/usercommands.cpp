#include "usercommands.h"

#include "commandline.h"

#include <charconv>
#include <iomanip>

namespace contingent::shell {

namespace {

struct UserOptions {
    std::optional<sdk::Role> role;
    std::optional<std::string> name;
    std::optional<std::optional<sdk::OfficerId>> officer; ///< set, possibly to none
    std::string officerServiceNumber; ///< --officer by service number, found later
    std::optional<bool> active;       ///< --active yes|no
};

UserOptions parseUserOptions(const std::vector<std::string>& args, std::size_t from)
{
    UserOptions o;
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size())
            throw UsageError("users: " + a + " needs a value");
        const std::string& v = args[++i];
        if (a == "--role") {
            try {
                o.role = sdk::roleFromString(v);
            } catch (const sdk::InputError& e) {
                throw UsageError(std::string("users: ") + e.what());
            }
        } else if (a == "--active") {
            if (v != "yes" && v != "no")
                throw UsageError("users: --active takes yes or no, not \"" + v + "\"");
            o.active = v == "yes";
        } else if (a == "--name") {
            o.name = v;
        } else if (a == "--officer") {
            if (v == "none") {
                o.officer = std::optional<sdk::OfficerId>();
                continue;
            }
            std::int64_t id = 0;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
            if (ec == std::errc() && end == v.data() + v.size())
                o.officer = sdk::OfficerId(id);
            else
                o.officerServiceNumber = v; // looked up in the store
        } else {
            throw UsageError("users: unexpected argument \"" + a + "\"");
        }
    }
    return o;
}

int list(sdk::UserRepository& users, std::ostream& out)
{
    for (const sdk::AppUser& u : users.all()) {
        out << std::left << std::setw(20) << u.login << std::setw(9) << sdk::toString(u.role)
            << u.displayName;
        if (u.officerId)
            out << " (officer " << *u.officerId << ")";
        if (!u.active)
            out << " [disabled]";
        out << "\n";
    }
    return 0;
}

} // namespace

int runUsers(Session& session, const std::vector<std::string>& args, std::ostream& out)
{
    if (session.user().role != sdk::Role::Admin)
        throw sdk::InputError("users: only an administrator manages users (you are "
                              + session.user().login + ", "
                              + std::string(sdk::toString(session.user().role)) + ")");
    sdk::UserRepository users(session.store(), {session.user().login, "core"});
    if (args.empty() || (args.size() == 1 && args[0] == "list"))
        return list(users, out);
    const std::string& verb = args[0];
    if ((verb != "add" && verb != "set") || args.size() < 2)
        throw UsageError("users: expected `users [list]`, `users add LOGIN --role R ...` or "
                         "`users set LOGIN ...`");
    const std::string& login = args[1];
    UserOptions o = parseUserOptions(args, 2);
    if (!o.officerServiceNumber.empty()) {
        const auto officer =
            sdk::OfficerRepository(session.store(), {}).findByServiceNumber(o.officerServiceNumber);
        if (!officer)
            throw sdk::InputError("users: --officer " + o.officerServiceNumber
                                  + " is neither an officer id nor a service number on the roster");
        o.officer = officer->id;
    }
    if (verb == "add") {
        if (!o.role)
            throw UsageError("users add: --role admin|planner|officer|viewer is required");
        if (*o.role == sdk::Role::Officer && !o.officer.value_or(std::nullopt))
            throw UsageError("users add: an officer needs --officer ID (their own record)");
        if (users.findByLogin(login))
            throw sdk::InputError("users add: " + login
                                  + " is already registered (use `users set`)");
        users.add(sdk::AppUser{{},
                               login,
                               o.name.value_or(login),
                               *o.role,
                               o.officer.value_or(std::nullopt),
                               o.active.value_or(true)});
        out << "Registered " << login << " as " << sdk::toString(*o.role) << ".\n";
        return 0;
    }
    std::optional<sdk::AppUser> user = users.findByLogin(login);
    if (!user)
        throw sdk::InputError("users set: " + login + " is not registered (use `users add`)");
    if (o.role)
        user->role = *o.role;
    if (o.name)
        user->displayName = *o.name;
    if (o.officer)
        user->officerId = *o.officer;
    if (o.active)
        user->active = *o.active;
    users.update(*user);
    out << "Updated " << login << ": " << sdk::toString(user->role)
        << (user->active ? "" : ", disabled") << ".\n";
    return 0;
}

} // namespace contingent::shell
