// The calls a new version adds and drops (issue 13's version diff): multiset differences of call names.
#include "ranking/call_changes.h"

#include <QTest>

using namespace mph;

namespace {

CallSequence sequence(std::initializer_list<const char *> names) {
    CallSequence s;
    std::uint32_t at = 0;
    for (const char *name : names) {
        s.calls.push_back({name, at, at + 1});
        at += 2;
    }
    return s;
}

using Names = std::vector<std::string>;

} // namespace

class CallChangesTest : public QObject {
    Q_OBJECT
  private slots:
    void injectedPayloadIsAddedInTheLaterOrder() {
        const CallSequence earlier = sequence({"setuptools.find_packages", "setuptools.setup"});
        const CallSequence later =
            sequence({"base64.b64decode", "setuptools.find_packages", "exec", "setuptools.setup", "subprocess.Popen"});
        QCOMPARE(callsAdded(earlier, later), (Names{"base64.b64decode", "exec", "subprocess.Popen"}));
        QCOMPARE(callsRemoved(earlier, later), Names{});
    }

    void repeatedCallsCountAsAMultiset() {
        const CallSequence earlier = sequence({"os.system", "open", "os.system"});
        const CallSequence later = sequence({"os.system", "os.system", "os.system", "open", "open"});
        // Two of the three os.system and one of the two open were there before: the extra ones, in later's order.
        QCOMPARE(callsAdded(earlier, later), (Names{"os.system", "open"}));
        QCOMPARE(callsRemoved(later, earlier), (Names{"os.system", "open"}));
        QCOMPARE(callsRemoved(earlier, later), Names{});
    }

    void removedCallsKeepTheEarlierOrder() {
        const CallSequence earlier = sequence({"request.urlopen", "setuptools.setup", "os.remove", "json.loads"});
        const CallSequence later = sequence({"setuptools.setup"});
        QCOMPARE(callsRemoved(earlier, later), (Names{"request.urlopen", "os.remove", "json.loads"}));
        QCOMPARE(callsAdded(earlier, later), Names{});
    }

    void emptyAndIdenticalSequences() {
        const CallSequence empty;
        const CallSequence some = sequence({"exec", "exec"});
        QCOMPARE(callsAdded(empty, some), (Names{"exec", "exec"}));
        QCOMPARE(callsRemoved(some, empty), (Names{"exec", "exec"}));
        QCOMPARE(callsAdded(some, some), Names{});
        QCOMPARE(callsRemoved(some, some), Names{});
        QCOMPARE(callsAdded(empty, empty), Names{});
    }

    void orderAloneIsNoChange() {
        // Reordered calls are the diff view's business; as a multiset nothing was added or removed.
        QCOMPARE(callsAdded(sequence({"a", "b", "c"}), sequence({"c", "a", "b"})), Names{});
    }
};

QTEST_GUILESS_MAIN(CallChangesTest)
#include "tst_call_changes.moc"
