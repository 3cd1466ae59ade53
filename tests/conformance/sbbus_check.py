#!/usr/bin/python3
"""An independent SB-BUS/1 conformance check of a running call service (issue 10).

Written from ../shared/spec/console-bus.md alone, the way an outside client would be: it logs in
as a console user with every role and as a reception-only user, watches the state and the events,
sends every action of section 4 (good and bad input) and prints one line per failed check, naming
the sentence of the spec it checks. Exit status 0 when every check passed, 1 when one failed,
2 when it could not run (bad arguments, no broker).

    sbbus_check.py --host H --port P --user U --password PW \
        --reception-user RU --reception-password RPW [--system office]
    sbbus_check.py ... --expect-offline   # after the service was killed: its will is retained

Debian's /usr/bin/python3 with python3-paho-mqtt 1.6.1, MQTT 5.
"""

import argparse
import copy
import json
import re
import sys
import threading
import time

import paho.mqtt.client as mqtt
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.subscribeoptions import SubscribeOptions

TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
SYSTEM_RE = re.compile(r"^[a-z0-9-]{1,32}$")
EXTENSION_STATES = {"idle", "dialing", "calling", "busy-tone", "camped-on", "tone", "ringing",
                    "ringing-outside", "callback-ringing", "talking", "talking-outside"}
EXTENSION_TYPES = {"keyset", "single-line", "attendant"}
REQUEST_KINDS = {"extension", "line", "transfer"}
REQUEST_STATES = {"waiting", "suspended", "ringing-caller", "ringing-target", "camped-on"}
LINE_STATES = {"free", "ringing", "talking", "held", "transfer", "recall"}
EVENT_KINDS = {"request.left", "request.served", "request.ended", "extension.dnd",
               "extension.forwarding", "link.up", "link.down", "controller.reset",
               "programming.applied", "command"}
END_REASONS = {"completed", "abandoned", "no-answer", "cleared", "reset", "disabled", "expired",
               "recalled"}
ERROR_CODES = {"forbidden", "bad-request", "unknown-action", "not-found", "not-possible",
               "conflict"}
LINK_COUNTERS = ["framesSent", "framesReceived", "retransmissions", "framingErrors",
                 "controllerErrors", "outages"]

# The sentences of console-bus.md the checks name.
S1_ROOT = "1: Topic root R = switchboard/1/<system>"
S1_JSON = "1: Every payload is one UTF-8 JSON object"
S1_NUMBERS = "1: Numbers of extensions are strings"
S1_TIMES = "1: Times are RFC 3339 UTC with milliseconds"
S1_QOS = "1: QoS 1 everywhere"
S1_RETAINED = "1: State topics are retained; events, commands and replies are not"
S1_TYPES = "1: Types (epoch string; ids, rev, revision, port, line numbers, position, bootId, " \
           "firmware, counters integers; offHook, dnd, campedOn, up, on booleans; type words)"
S2_MEMBERS = "2: State table (each topic's payload members)"
S2_WORDS = "2: State table (the words of state, kind, type)"
S2_REV = "2: rev is one counter for the whole service, raised by every change; each message " \
         "carries the value at which it was published"
S2_EPOCH = "2: rev counts within one epoch (the index's epoch is the service's)"
S2_LATE = "2: A late joiner ... has the current picture once it holds R/state/index and a " \
          "message for every extension, line and request the index names"
S2_ORDER_NEW = "2: The service publishes a new item before the index that names it"
S2_ORDER_DROP = "2: ... and the index that drops an item before the empty payload that deletes it"
S2_DELETE = "2: An extension removed by programming, and a request that ended, get an empty " \
            "retained payload"
S2_STALE = "2: When it starts, the service empties every retained item under R/state/ that its " \
           "own picture does not hold"
S2_REQUEST_END = "2: When the request ends the service publishes an empty retained payload here " \
                 "and an event saying how it ended"
S2_OFFLINE = "2: The service sets offline as its MQTT will"
S2_CONSISTENT = "2: waiting: request ids, first in line first; position (1 = first in line)"
S3_ENVELOPE = "3: R/event: {\"at\",\"kind\",...} with kind one of the list"
S3_REQUEST = "3: each request.* with id, caller, target, kind; request.ended with reason"
S3_PROGRAMMING = "3: programming.applied (with by and revision)"
S3_COMMAND = "3: command (with by, action, ok, and error when refused): one for every command " \
             "the service answers"
S3_ORDER = "3: one message per thing that happened, in order"
S3_HAPPENED = "3: one message per thing that happened (extension.dnd, extension.forwarding)"
S4_ONCE = "4: The service answers every command, exactly once, on that response topic with the " \
          "same correlation data"
S4_SHAPE = "4: {\"ok\":true, ...} or {\"ok\":false,\"error\":\"<code>\",\"message\":\"<English " \
           "text naming what is wrong>\"}"
S4_UNANSWERED = "4: A command without a response topic, or whose response topic is not under " \
                "R/reply/<the user of its command topic>/, is neither answered nor carried out"
S4_FORBIDDEN = "4: It refuses an action above the topic's role (forbidden)"
S4_BAD = "4: a malformed or unknown one (bad-request, unknown-action)"
S4_NOT_FOUND = "4: a missing extension or request (not-found)"
S4_NOT_POSSIBLE = "4: a well-formed action that cannot be done now (not-possible)"
S4_CONFLICT = "4: an apply-programming whose basedOn is not the revision in force (conflict: " \
              "nothing is applied)"
S4_REVISION_IGNORED = "4: a revision member in it (programming) is ignored"
S4_UNCHANGED = "4: A command that changes nothing still answers ok with \"changed\": false"
S4_GOOD = "4: the action table (an action with good input is carried out and answered ok)"
S4_HISTORY = "4: history answers {\"ok\":true,\"requests\":[{id,caller,target,kind,leftAt," \
             "servedAt,endedAt,reason}],\"next\":...}"
S4_REPORT = "4: report answers {\"ok\":true,\"callbacks\":{...},\"outside\":{...}," \
            "\"leftByHour\":[24 counts]}"
S5_ACL = "5: every console user: publish R/command/<role>/<own name> for each role it holds, " \
         "nothing else"
S2_PROGRAMMING = "2: R/state/programming: the programming in force plus revision, a counter " \
                 "that grows with every applied change"

REPLY_TIMEOUT = 5.0


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


class Failures:
    """Collects failed checks; prints each distinct one once, as it is found."""

    def __init__(self, verbose):
        self.lines = []
        self.seen = set()
        self.verbose = verbose
        self.checks = 0

    def check(self, condition, sentence, detail):
        self.checks += 1
        if not condition:
            self.fail(sentence, detail)
        return bool(condition)

    def fail(self, sentence, detail):
        line = "FAIL [%s] %s" % (sentence, detail)
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)
            print(line, flush=True)

    def note(self, text):
        if self.verbose:
            print("note: " + text, flush=True)


class Message:
    def __init__(self, seq, msg, when):
        self.seq = seq
        self.topic = msg.topic
        self.payload = bytes(msg.payload)
        self.qos = msg.qos
        self.retain = bool(msg.retain)
        props = getattr(msg, "properties", None)
        self.correlation = getattr(props, "CorrelationData", None) if props else None
        self.when = when
        self.json = None
        self.json_error = None
        if self.payload:
            try:
                self.json = json.loads(self.payload.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as error:
                self.json_error = str(error)


_seq_lock = threading.Lock()
_seq = [0]


def next_seq():
    with _seq_lock:
        _seq[0] += 1
        return _seq[0]


class Connection:
    """One MQTT 5 session of a console user, keeping every message it receives in order."""

    def __init__(self, args, user, password, topics, name):
        self.user = user
        self.messages = []
        self.cond = threading.Condition()
        self.subscribed = threading.Event()
        self.connected = threading.Event()
        self.connect_rc = None
        self.topics = topics
        self.client = mqtt.Client(client_id="sbbus-check-%s-%d" % (name, int(time.time() * 1000)),
                                  protocol=mqtt.MQTTv5)
        self.client.username_pw_set(user, password)
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.client.on_subscribe = self._on_subscribe
        self.client.connect(args.host, args.port, keepalive=30)
        self.client.loop_start()

    def _on_connect(self, client, userdata, flags, rc, properties=None):
        self.connect_rc = rc
        if rc == 0:
            # retainAsPublished: live state messages show their retain flag too (section 1).
            client.subscribe([(t, SubscribeOptions(qos=2, retainAsPublished=True))
                              for t in self.topics])
        self.connected.set()

    def _on_subscribe(self, client, userdata, mid, reason_codes, properties=None):
        self.subscribed.set()

    def _on_message(self, client, userdata, msg):
        m = Message(next_seq(), msg, time.monotonic())
        with self.cond:
            self.messages.append(m)
            self.cond.notify_all()

    def wait_ready(self, timeout=10):
        if not self.connected.wait(timeout) or self.connect_rc != 0:
            return False
        return self.subscribed.wait(timeout)

    def wait(self, predicate, timeout):
        """Waits until predicate(messages) returns something truthy; returns it or None."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                result = predicate(self.messages)
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self.cond.wait(remaining)

    def snapshot(self):
        with self.cond:
            return list(self.messages)

    def publish(self, topic, payload, response_topic=None, correlation=None, retain=False):
        props = None
        if response_topic is not None or correlation is not None:
            props = Properties(PacketTypes.PUBLISH)
            if response_topic is not None:
                props.ResponseTopic = response_topic
            if correlation is not None:
                props.CorrelationData = correlation
        info = self.client.publish(topic, payload, qos=1, retain=retain, properties=props)
        info.wait_for_publish(5)

    def close(self):
        self.client.disconnect()
        self.client.loop_stop()


class Checker:
    def __init__(self, args):
        self.args = args
        self.root = "switchboard/1/" + args.system
        self.f = Failures(args.verbose)
        self.admin = None
        self.recep = None
        self.sent = []            # (connection, role, action, correlation, response topic)
        self.counter = 0
        self.join_done_seq = None
        self.picture = {}

    # ---- helpers -------------------------------------------------------------------------

    def t(self, suffix):
        return self.root + "/" + suffix

    def state_items(self, conn, upto_seq=None):
        """The latest payload per state topic (None for an empty one) as received."""
        items = {}
        for m in conn.snapshot():
            if upto_seq is not None and m.seq > upto_seq:
                break
            if m.topic.startswith(self.t("state/")):
                items[m.topic[len(self.t("state/")):]] = m.json if m.payload else None
        return items

    def complete(self, items):
        index = items.get("index")
        if not isinstance(index, dict):
            return False
        try:
            for n in index.get("extensions", []):
                if not isinstance(items.get("extension/%s" % n), dict):
                    return False
            for n in index.get("lines", []):
                if not isinstance(items.get("line/%s" % n), dict):
                    return False
            for n in index.get("requests", []):
                if not isinstance(items.get("request/%s" % n), dict):
                    return False
        except TypeError:
            return False
        # The index of the service's current run (a crashed run's may still be retained).
        service = items.get("service")
        return isinstance(service, dict) and service.get("epoch") == index.get("epoch")

    def send(self, conn, role, body, response_topic=True, correlation=True):
        """Sends a command; returns its correlation data (None when it has none)."""
        self.counter += 1
        corr = ("h9-%d-%d" % (self.counter, int(time.time() * 1000))).encode() \
            if correlation else None
        if response_topic is True:
            response_topic = self.t("reply/%s/check-%d" % (conn.user, self.counter))
        payload = body if isinstance(body, (bytes, str)) else json.dumps(body)
        action = body.get("action") if isinstance(body, dict) else None
        conn.publish(self.t("command/%s/%s" % (role, conn.user)), payload,
                     response_topic=response_topic, correlation=corr)
        if response_topic is not None and response_topic.startswith(
                self.t("reply/%s/" % conn.user)):
            self.sent.append((conn, role, action, corr, response_topic))
        return corr

    def reply(self, conn, corr, timeout=REPLY_TIMEOUT):
        def find(messages):
            for m in messages:
                if m.correlation == corr and m.topic.startswith(self.t("reply/")):
                    return m
            return None
        m = conn.wait(find, timeout)
        return m.json if m is not None and isinstance(m.json, dict) else (
            {"__unparsable__": True} if m is not None else None)

    def ask(self, conn, role, body, sentence, expect_ok=True, expect_error=None,
            expect_changed=None, what=None):
        """Sends a command and checks its answer; returns the reply (or None)."""
        what = what or json.dumps(body)[:120]
        corr = self.send(conn, role, body)
        r = self.reply(conn, corr)
        if not self.f.check(r is not None, S4_ONCE,
                            "no answer within %.0f s to %s on %s" % (REPLY_TIMEOUT, what, role)):
            return None
        if r.get("__unparsable__"):
            return None
        if expect_ok:
            if self.f.check(r.get("ok") is True, sentence,
                            "%s on %s answered %s" % (what, role, json.dumps(r)[:200])):
                if expect_changed is False:
                    self.f.check(r.get("changed") is False, S4_UNCHANGED,
                                 "%s (no change) answered %s" % (what, json.dumps(r)[:200]))
                elif expect_changed is True:
                    self.f.check(r.get("changed", True) is True, S4_GOOD,
                                 "%s changed something but answered changed=%r"
                                 % (what, r.get("changed")))
        else:
            self.f.check(r.get("ok") is False and r.get("error") == expect_error, sentence,
                         "%s on %s: expected error %s, answered %s"
                         % (what, role, expect_error, json.dumps(r)[:200]))
        return r

    def wait_state(self, conn, topic, predicate, timeout=5.0, after_seq=0):
        def find(messages):
            for m in reversed(messages):
                if m.topic == self.t("state/" + topic) and m.seq > after_seq:
                    return m if predicate(m.json) else None
            return None
        return conn.wait(find, timeout)

    def wait_event(self, conn, predicate, timeout=5.0, after_seq=0):
        def find(messages):
            for m in messages:
                if m.seq > after_seq and m.topic == self.t("event") and isinstance(m.json, dict) \
                        and predicate(m.json):
                    return m
            return None
        return conn.wait(find, timeout)

    def last_seq(self, conn):
        snap = conn.snapshot()
        return snap[-1].seq if snap else 0

    # ---- payload validation (sections 1 to 3) --------------------------------------------

    def check_time(self, value, where, nullable=False):
        if value is None and nullable:
            return
        self.f.check(isinstance(value, str) and TIME_RE.match(value) is not None, S1_TIMES,
                     "%s is %r" % (where, value))

    def check_number(self, value, where, nullable=False):
        if value is None and nullable:
            return
        self.f.check(isinstance(value, str) and value != "", S1_NUMBERS,
                     "%s is %r" % (where, value))

    def check_int(self, value, where, nullable=False):
        if value is None and nullable:
            return
        self.f.check(is_int(value), S1_TYPES, "%s is %r, not an integer" % (where, value))

    def check_bool(self, value, where):
        self.f.check(isinstance(value, bool), S1_TYPES, "%s is %r, not a boolean" % (where, value))

    def members(self, obj, names, where):
        missing = [n for n in names if n not in obj]
        self.f.check(not missing, S2_MEMBERS, "%s lacks %s" % (where, ", ".join(missing)))

    def validate_state(self, name, p, where):
        if name == "service":
            self.members(p, ["state", "version", "started", "epoch"], where)
            self.f.check(p.get("state") in ("online", "offline"), S2_WORDS,
                         "%s state is %r" % (where, p.get("state")))
            self.f.check(isinstance(p.get("epoch"), str) and p.get("epoch") != "", S1_TYPES,
                         "%s epoch is %r, not a string" % (where, p.get("epoch")))
            self.f.check(isinstance(p.get("version"), str), S2_MEMBERS,
                         "%s version is %r" % (where, p.get("version")))
            self.check_time(p.get("started"), where + " started")
        elif name == "link":
            self.members(p, ["up", "state", "model", "firmware", "bootId"] + LINK_COUNTERS
                         + ["lastReset"], where)
            self.check_bool(p.get("up"), where + " up")
            # bootId and firmware are only known once a controller answered: null while down.
            down = p.get("up") is False
            self.check_int(p.get("firmware"), where + " firmware", nullable=down)
            self.check_int(p.get("bootId"), where + " bootId", nullable=down)
            for c in LINK_COUNTERS:
                self.check_int(p.get(c), "%s %s" % (where, c))
            self.check_time(p.get("lastReset"), where + " lastReset", nullable=True)
        elif name.startswith("extension/"):
            self.members(p, ["rev", "port", "number", "name", "type", "state", "offHook", "peer",
                             "line", "dnd", "forwardTo", "waiting", "left", "campedOn"], where)
            self.check_int(p.get("rev"), where + " rev")
            self.check_int(p.get("port"), where + " port")
            self.check_number(p.get("number"), where + " number")
            self.f.check(p.get("number") == name.split("/", 1)[1], S2_MEMBERS,
                         "%s number %r is not its topic's" % (where, p.get("number")))
            self.f.check(isinstance(p.get("name"), str), S2_MEMBERS,
                         "%s name is %r" % (where, p.get("name")))
            self.f.check(p.get("type") in EXTENSION_TYPES, S1_TYPES,
                         "%s type is %r" % (where, p.get("type")))
            self.f.check(p.get("state") in EXTENSION_STATES, S2_WORDS,
                         "%s state is %r" % (where, p.get("state")))
            for b in ("offHook", "dnd", "campedOn"):
                self.check_bool(p.get(b), "%s %s" % (where, b))
            self.check_number(p.get("peer"), where + " peer", nullable=True)
            self.check_number(p.get("forwardTo"), where + " forwardTo", nullable=True)
            self.check_int(p.get("line"), where + " line", nullable=True)
            for lst in ("waiting", "left"):
                v = p.get(lst)
                if self.f.check(isinstance(v, list), S2_MEMBERS,
                                "%s %s is %r, not a list" % (where, lst, v)):
                    for i in v:
                        self.check_int(i, "%s %s item" % (where, lst))
        elif name.startswith("request/"):
            self.members(p, ["rev", "id", "caller", "target", "kind", "leftAt", "position",
                             "state", "line"], where)
            self.check_int(p.get("rev"), where + " rev")
            self.check_int(p.get("id"), where + " id")
            self.f.check(str(p.get("id")) == name.split("/", 1)[1], S2_MEMBERS,
                         "%s id %r is not its topic's" % (where, p.get("id")))
            self.check_number(p.get("caller"), where + " caller")
            self.f.check(p.get("kind") in REQUEST_KINDS, S2_WORDS,
                         "%s kind is %r" % (where, p.get("kind")))
            if p.get("kind") == "line":
                self.f.check(p.get("target") is None, S2_MEMBERS,
                             "%s target is %r for the line group (null expected)"
                             % (where, p.get("target")))
            else:
                self.check_number(p.get("target"), where + " target")
            self.check_time(p.get("leftAt"), where + " leftAt")
            self.check_int(p.get("position"), where + " position")
            if is_int(p.get("position")):
                self.f.check(p.get("position") >= 1, S1_TYPES,
                             "%s position is %r (1 = first in line)" % (where, p.get("position")))
            self.f.check(p.get("state") in REQUEST_STATES, S2_WORDS,
                         "%s state is %r" % (where, p.get("state")))
            self.check_int(p.get("line"), where + " line", nullable=True)
        elif name.startswith("line/"):
            self.members(p, ["rev", "line", "state", "station", "since"], where)
            self.check_int(p.get("rev"), where + " rev")
            self.check_int(p.get("line"), where + " line")
            self.f.check(str(p.get("line")) == name.split("/", 1)[1], S2_MEMBERS,
                         "%s line %r is not its topic's" % (where, p.get("line")))
            self.f.check(p.get("state") in LINE_STATES, S2_WORDS,
                         "%s state is %r" % (where, p.get("state")))
            self.check_number(p.get("station"), where + " station", nullable=True)
            # The spec does not say what `since` is for a line that never was used: null allowed.
            self.check_time(p.get("since"), where + " since", nullable=True)
        elif name == "index":
            self.members(p, ["rev", "epoch", "extensions", "lines", "requests"], where)
            self.check_int(p.get("rev"), where + " rev")
            self.f.check(isinstance(p.get("epoch"), str), S1_TYPES,
                         "%s epoch is %r, not a string" % (where, p.get("epoch")))
            for lst, check in (("extensions", self.check_number), ("lines", self.check_int),
                               ("requests", self.check_int)):
                v = p.get(lst)
                if self.f.check(isinstance(v, list), S2_MEMBERS,
                                "%s %s is %r, not a list" % (where, lst, v)):
                    for i in v:
                        check(i, "%s %s item" % (where, lst))
                    self.f.check(len(set(map(str, v))) == len(v), S2_MEMBERS,
                                 "%s %s names an item twice" % (where, lst))
        elif name == "programming":
            self.check_int(p.get("revision"), where + " revision")
        else:
            self.f.fail(S2_MEMBERS, "unknown state topic %s" % where)
        if "rev" in p and name in ("service", "link", "programming"):
            self.check_int(p.get("rev"), where + " rev")

    def validate_event(self, p, where):
        self.check_time(p.get("at"), where + " at")
        kind = p.get("kind")
        self.f.check(kind in EVENT_KINDS, S3_ENVELOPE, "%s kind is %r" % (where, kind))
        if isinstance(kind, str) and kind.startswith("request."):
            self.members(p, ["id", "caller", "target", "kind"], where)
            self.f.check(all(k in p for k in ("id", "caller", "target", "kind")), S3_REQUEST,
                         "%s lacks one of id, caller, target, kind" % where)
            self.check_int(p.get("id"), where + " id")
            self.check_number(p.get("caller"), where + " caller")
            self.check_number(p.get("target"), where + " target", nullable=True)
            if kind == "request.ended":
                self.f.check(p.get("reason") in END_REASONS, S3_REQUEST,
                             "%s reason is %r" % (where, p.get("reason")))
        elif kind == "programming.applied":
            self.f.check(isinstance(p.get("by"), str) and is_int(p.get("revision")),
                         S3_PROGRAMMING, "%s has by %r, revision %r"
                         % (where, p.get("by"), p.get("revision")))
        elif kind == "command":
            self.f.check(isinstance(p.get("by"), str) and "action" in p
                         and isinstance(p.get("ok"), bool), S3_COMMAND,
                         "%s has by %r, action %r, ok %r"
                         % (where, p.get("by"), p.get("action"), p.get("ok")))
            if p.get("ok") is False:
                self.f.check(isinstance(p.get("error"), str), S3_COMMAND,
                             "%s refused without error" % where)
        elif kind in ("extension.dnd", "extension.forwarding") and "extension" in p:
            self.check_number(p.get("extension"), where + " extension")

    def validate_messages(self, conn):
        """Section 1 on every message one connection received, and sections 2-3 per payload."""
        state_prefix = self.t("state/")
        for m in conn.snapshot():
            where = m.topic
            self.f.check(m.topic.startswith(self.root + "/"), S1_ROOT, "message on %s" % m.topic)
            self.f.check(m.qos == 1, S1_QOS, "%s arrived at QoS %d" % (where, m.qos))
            is_state = m.topic.startswith(state_prefix)
            self.f.check(m.retain == is_state, S1_RETAINED,
                         "%s retain flag is %s" % (where, m.retain))
            if not m.payload:
                name = m.topic[len(state_prefix):] if is_state else ""
                self.f.check(is_state and name.split("/")[0] in ("extension", "request", "line"),
                             S1_JSON, "%s has an empty payload" % where)
                continue
            if not self.f.check(isinstance(m.json, dict), S1_JSON, "%s payload is %s" % (
                    where, m.json_error or type(m.json).__name__)):
                continue
            if is_state:
                self.validate_state(m.topic[len(state_prefix):], m.json, where)
            elif m.topic == self.t("event"):
                self.validate_event(m.json, where)
            elif m.topic.startswith(self.t("reply/")):
                r = m.json
                if self.f.check(isinstance(r.get("ok"), bool), S4_SHAPE,
                                "%s has ok %r" % (where, r.get("ok"))) and r["ok"] is False:
                    self.f.check(r.get("error") in ERROR_CODES, S4_SHAPE,
                                 "%s error is %r" % (where, r.get("error")))
                    self.f.check(isinstance(r.get("message"), str) and r.get("message") != "",
                                 S4_SHAPE, "%s message is %r" % (where, r.get("message")))

    # ---- section 2: the stream of state as a whole ---------------------------------------

    def check_state_stream(self, conn):
        msgs = [m for m in conn.snapshot() if m.topic.startswith(self.t("state/"))]
        prefix = len(self.t("state/"))
        last_rev = {}
        live_rev = None
        items = {}        # what a joiner holds (topic -> payload), deletions removed
        index = None
        # rev is compared from the joined picture on: what a joiner gets before the index of
        # the current run may be a crashed run's retained items ("rev counts within one epoch").
        joined = self.state_items(conn, self.join_done_seq) if self.join_done_seq else {}
        joined_index = joined.get("index") if isinstance(joined.get("index"), dict) else {}
        for kind, key in (("extension", "extensions"), ("line", "lines"),
                          ("request", "requests")):
            for n in joined_index.get(key, []) if isinstance(joined_index.get(key), list) else []:
                item = joined.get("%s/%s" % (kind, n))
                if isinstance(item, dict) and is_int(item.get("rev")):
                    last_rev["%s/%s" % (kind, n)] = item["rev"]
        if is_int(joined_index.get("rev")):
            last_rev["index"] = joined_index["rev"]
        epoch = joined.get("service", {}).get("epoch") if isinstance(joined.get("service"),
                                                                     dict) else None
        for m in msgs:
            name = m.topic[prefix:]
            p = m.json if isinstance(m.json, dict) else None
            live = self.join_done_seq is not None and m.seq > self.join_done_seq
            if live and name == "service" and p is not None and p.get("epoch") != epoch:
                # A new run while watching: a client drops what it held and starts over.
                epoch = p.get("epoch")
                last_rev, live_rev = {}, None
            if live and p is not None and is_int(p.get("rev")):
                if name in last_rev:
                    self.f.check(p["rev"] > last_rev[name], S2_REV,
                                 "%s rev %d after %d" % (m.topic, p["rev"], last_rev[name]))
                last_rev[name] = p["rev"]
                if live:
                    if live_rev is not None:
                        self.f.check(p["rev"] >= live_rev, S2_REV,
                                     "%s published with rev %d after a message with rev %d"
                                     % (m.topic, p["rev"], live_rev))
                    live_rev = max(p["rev"], live_rev or 0)
            if name == "index" and p is not None:
                index = p
                if live:
                    for kind, key in (("extension", "extensions"), ("line", "lines"),
                                      ("request", "requests")):
                        for n in p.get(key, []) if isinstance(p.get(key), list) else []:
                            self.f.check(isinstance(items.get("%s/%s" % (kind, n)), dict),
                                         S2_ORDER_NEW, "index rev %s names %s/%s before it "
                                         "was published" % (p.get("rev"), kind, n))
            elif not m.payload and live and index is not None:
                kind, _, n = name.partition("/")
                key = {"extension": "extensions", "line": "lines", "request": "requests"}.get(kind)
                named = [str(x) for x in index.get(key, [])] if key else []
                self.f.check(n not in named, S2_ORDER_DROP,
                             "%s emptied while the last index (rev %s) still names it"
                             % (m.topic, index.get("rev")))
            if m.payload:
                items[name] = p
            else:
                items.pop(name, None)

    def check_picture(self, items, when):
        """The index names items that all exist, and nothing retained outlives the index."""
        index = items.get("index")
        if not isinstance(index, dict):
            self.f.fail(S2_LATE, "%s: no R/state/index" % when)
            return
        service = items.get("service")
        if isinstance(service, dict):
            self.f.check(index.get("epoch") == service.get("epoch"), S2_EPOCH,
                         "%s: index epoch %r, service epoch %r"
                         % (when, index.get("epoch"), service.get("epoch")))
        named = set()
        for kind, key in (("extension", "extensions"), ("line", "lines"),
                          ("request", "requests")):
            for n in index.get(key, []) if isinstance(index.get(key), list) else []:
                named.add("%s/%s" % (kind, n))
                self.f.check(isinstance(items.get("%s/%s" % (kind, n)), dict), S2_LATE,
                             "%s: the index names %s/%s, which is not there" % (when, kind, n))
        for name, p in items.items():
            if name.split("/")[0] in ("extension", "line", "request") and p is not None:
                self.f.check(name in named, S2_STALE,
                             "%s: retained %s is not named by the index" % (when, name))
        # Cross-check the queues (waiting first in line first; position 1 = first in line).
        for name, p in items.items():
            if name.startswith("request/") and isinstance(p, dict) and name in named \
                    and isinstance(p.get("target"), str) and p.get("kind") != "line":
                target = items.get("extension/" + p["target"])
                if isinstance(target, dict) and isinstance(target.get("waiting"), list):
                    waiting = target["waiting"]
                    self.f.check(p.get("id") in waiting and is_int(p.get("position"))
                                 and waiting.index(p["id"]) + 1 == p["position"], S2_CONSISTENT,
                                 "%s: request %s position %r, its target %s waiting %r"
                                 % (when, p.get("id"), p.get("position"), p["target"], waiting))
                caller = items.get("extension/" + str(p.get("caller")))
                if isinstance(caller, dict) and isinstance(caller.get("left"), list) \
                        and p.get("kind") == "extension":
                    self.f.check(p.get("id") in caller["left"], S2_CONSISTENT,
                                 "%s: request %s not in its caller %s's left %r"
                                 % (when, p.get("id"), p.get("caller"), caller["left"]))

    # ---- the run -------------------------------------------------------------------------

    def run(self):
        a = self.args
        self.f.check(SYSTEM_RE.match(a.system) is not None, S1_ROOT,
                     "system name %r (1 to 32 of a-z, 0-9, -)" % a.system)
        topics_for = lambda user: [self.t("state/#"), self.t("event"),
                                   self.t("reply/%s/#" % user)]
        if a.expect_offline:
            return self.run_offline()
        self.admin = Connection(a, a.user, a.password, topics_for(a.user), "all")
        self.recep = Connection(a, a.reception_user, a.reception_password,
                                topics_for(a.reception_user), "reception")
        for c in (self.admin, self.recep):
            if not c.wait_ready():
                print("sbbus_check: cannot log in as %s at %s:%d (rc %r)"
                      % (c.user, a.host, a.port, c.connect_rc), file=sys.stderr)
                return 2

        # Section 2: a late joiner completes (the service may still be starting: online first).
        done = self.admin.wait(lambda ms: self.complete(self.state_items(self.admin))
                               and isinstance(self.state_items(self.admin).get("service"), dict)
                               and self.state_items(self.admin)["service"].get("state")
                               == "online", a.timeout)
        if not self.f.check(done, S2_LATE, "no complete picture with the service online "
                            "within %d s" % a.timeout):
            self.validate_messages(self.admin)
            return 1
        # Retained items not named by the index may still be on their way: let them arrive.
        time.sleep(0.5)
        self.join_done_seq = self.last_seq(self.admin)
        items = self.state_items(self.admin)
        self.check_picture(items, "late joiner")
        self.f.check(isinstance(items.get("link"), dict), S2_LATE, "no R/state/link")
        self.f.check(isinstance(items.get("programming"), dict), S2_LATE,
                     "no R/state/programming")
        self.f.check(self.recep.wait(lambda ms: self.complete(self.state_items(self.recep)),
                                     a.timeout), S2_LATE,
                     "the reception user got no complete picture")

        self.commands(items)

        # Let late or duplicate answers arrive, then judge everything received.
        time.sleep(a.settle)
        final = self.state_items(self.admin)
        self.check_picture(final, "at the end")
        for c in (self.admin, self.recep):
            self.validate_messages(c)
        self.check_state_stream(self.admin)
        self.check_answers_and_command_events()
        for c in (self.admin, self.recep):
            c.close()
        print("sbbus_check: %d checks, %d failed" % (self.f.checks, len(self.f.lines)))
        return 1 if self.f.lines else 0

    def run_offline(self):
        a = self.args
        c = Connection(a, a.reception_user, a.reception_password, [self.t("state/service")],
                       "offline")
        if not c.wait_ready():
            print("sbbus_check: cannot log in as %s" % a.reception_user, file=sys.stderr)
            return 2
        m = c.wait(lambda ms: next((m for m in ms if isinstance(m.json, dict)
                                    and m.json.get("state") == "offline"), None), a.timeout)
        if self.f.check(m is not None, S2_OFFLINE,
                        "R/state/service is not offline within %d s" % a.timeout):
            self.f.check(m.retain, S1_RETAINED, "the offline R/state/service is not retained")
            self.f.check(m.qos == 1, S1_QOS, "R/state/service arrived at QoS %d" % m.qos)
        c.close()
        print("sbbus_check: %d checks, %d failed" % (self.f.checks, len(self.f.lines)))
        return 1 if self.f.lines else 0

    # ---- section 4 -----------------------------------------------------------------------

    def commands(self, items):
        ad, rc = self.admin, self.recep
        index = items["index"]
        exts = {n: items.get("extension/%s" % n) for n in index.get("extensions", [])}
        attendant = next((n for n, e in exts.items() if e and e.get("type") == "attendant"), None)
        quiet = [n for n, e in exts.items() if e and e.get("type") != "attendant"
                 and e.get("state") == "idle" and not e.get("dnd") and e.get("forwardTo") is None
                 and not e.get("waiting") and not e.get("left") and not e.get("offHook")]
        if len(quiet) < 2:
            self.f.fail(S4_GOOD, "need two idle extensions without requests to check commands; "
                        "found %r" % quiet)
            return
        e, f = quiet[0], quiet[1]
        numeric = [int(n) for n in exts if str(n).isdigit()]
        missing = str(max(numeric) + 1) if numeric else "999"
        while missing in exts:
            missing = str(int(missing) + 1)

        def ext_seq():
            return self.last_seq(ad)

        # set-dnd: carried out, shown in the state, an event, then changed:false.
        s0 = ext_seq()
        rev0 = exts[e].get("rev")
        self.ask(ad, "reception", {"action": "set-dnd", "extension": e, "on": True}, S4_GOOD,
                 expect_changed=True)
        m = self.wait_state(ad, "extension/" + e, lambda p: isinstance(p, dict) and p.get("dnd"),
                            after_seq=s0)
        if self.f.check(m, S4_GOOD, "set-dnd %s on: extension/%s never showed dnd true" % (e, e)):
            self.f.check(is_int(m.json.get("rev")) and is_int(rev0) and m.json["rev"] > rev0,
                         S2_REV, "extension/%s rev %r after the change, %r before"
                         % (e, m.json.get("rev"), rev0))
        self.f.check(self.wait_event(ad, lambda p: p.get("kind") == "extension.dnd",
                                     after_seq=s0), S3_HAPPENED,
                     "no extension.dnd event after set-dnd %s on" % e)
        self.ask(ad, "reception", {"action": "set-dnd", "extension": e, "on": True}, S4_UNCHANGED,
                 expect_changed=False)
        s0 = ext_seq()
        self.ask(ad, "reception", {"action": "set-dnd", "extension": e, "on": False}, S4_GOOD,
                 expect_changed=True)
        self.f.check(self.wait_state(ad, "extension/" + e, lambda p: isinstance(p, dict)
                                     and p.get("dnd") is False, after_seq=s0), S4_GOOD,
                     "set-dnd %s off: extension/%s never showed dnd false" % (e, e))

        # set-forwarding / clear-forwarding.
        s0 = ext_seq()
        self.ask(ad, "reception", {"action": "set-forwarding", "extension": e, "to": f}, S4_GOOD,
                 expect_changed=True)
        self.f.check(self.wait_state(ad, "extension/" + e, lambda p: isinstance(p, dict)
                                     and p.get("forwardTo") == f, after_seq=s0), S4_GOOD,
                     "set-forwarding %s to %s: forwardTo never showed %s" % (e, f, f))
        self.f.check(self.wait_event(ad, lambda p: p.get("kind") == "extension.forwarding",
                                     after_seq=s0), S3_HAPPENED,
                     "no extension.forwarding event after set-forwarding")
        self.ask(ad, "reception", {"action": "set-forwarding", "extension": e, "to": f},
                 S4_UNCHANGED, expect_changed=False)
        s0 = ext_seq()
        self.ask(rc, "reception", {"action": "clear-forwarding", "extension": e}, S4_GOOD,
                 expect_changed=True)
        self.f.check(self.wait_state(ad, "extension/" + e, lambda p: isinstance(p, dict)
                                     and "forwardTo" in p and p["forwardTo"] is None,
                                     after_seq=s0), S4_GOOD,
                     "clear-forwarding %s: forwardTo never showed null" % e)
        self.ask(rc, "reception", {"action": "clear-forwarding", "extension": e}, S4_UNCHANGED,
                 expect_changed=False)
        self.ask(ad, "reception", {"action": "set-forwarding", "extension": e, "to": None},
                 S4_UNCHANGED, expect_changed=False)
        self.ask(ad, "reception", {"action": "clear-callbacks", "extension": e}, S4_UNCHANGED,
                 expect_changed=False)
        # A supervisor may send every reception action on its own topic.
        self.ask(ad, "supervisor", {"action": "clear-callbacks", "extension": e}, S4_UNCHANGED,
                 expect_changed=False)
        self.ask(ad, "installer", {"action": "clear-forwarding", "extension": e}, S4_UNCHANGED,
                 expect_changed=False)

        # not-found, not-possible.
        self.ask(ad, "reception", {"action": "set-dnd", "extension": missing, "on": True},
                 S4_NOT_FOUND, expect_ok=False, expect_error="not-found")
        self.ask(ad, "reception", {"action": "clear-callbacks", "extension": missing},
                 S4_NOT_FOUND, expect_ok=False, expect_error="not-found")
        live = set(index.get("requests", []))
        absent_id = max(list(live) + [0]) + 100000
        self.ask(ad, "supervisor", {"action": "cancel-request", "id": absent_id}, S4_NOT_FOUND,
                 expect_ok=False, expect_error="not-found")
        if attendant and exts[attendant].get("state") != "talking-outside":
            self.ask(rc, "reception", {"action": "transfer", "to": e}, S4_NOT_POSSIBLE,
                     expect_ok=False, expect_error="not-possible",
                     what="transfer while the attendant has no outside call")
        free = [n for n in index.get("lines", [])
                if (items.get("line/%s" % n) or {}).get("state") == "free"]
        if free:
            self.ask(rc, "reception", {"action": "to-attendant", "line": free[0]},
                     S4_NOT_POSSIBLE, expect_ok=False, expect_error="not-possible",
                     what="to-attendant of a free line")

        # bad-request, unknown-action.
        self.ask(ad, "reception", {"action": "make-coffee"}, S4_BAD, expect_ok=False,
                 expect_error="unknown-action")
        for body, what in ((b"this is not JSON", "a payload that is not JSON"),
                           (b"[1,2]", "a JSON array"),
                           (b"{}", "an object without action"),
                           ({"action": "set-dnd", "extension": e}, "set-dnd without on"),
                           ({"action": "set-dnd", "extension": e, "on": "yes"},
                            "set-dnd with on a string"),
                           ({"action": "set-dnd", "extension": int(e) if e.isdigit() else 0,
                             "on": True}, "set-dnd with the extension a JSON number"),
                           ({"action": "cancel-request", "id": "1"},
                            "cancel-request with the id a string"),
                           ({"action": "history", "from": "yesterday", "to": "today"},
                            "history with times that are not RFC 3339")):
            role = "supervisor" if isinstance(body, dict) and body.get("action") in (
                "cancel-request", "history") else "reception"
            self.ask(ad, role, body, S4_BAD, expect_ok=False, expect_error="bad-request",
                     what=what)
        self.f.check(not (self.state_items(ad).get("extension/" + e) or {}).get("dnd"),
                     S4_BAD, "a refused set-dnd changed extension %s" % e)

        # forbidden: an action above the topic's role.
        any_id = sorted(live)[0] if live else absent_id
        self.ask(rc, "reception", {"action": "cancel-request", "id": any_id}, S4_FORBIDDEN,
                 expect_ok=False, expect_error="forbidden", what="cancel-request on reception")
        self.ask(ad, "reception", {"action": "history", "from": "2026-01-01T00:00:00.000Z",
                                   "to": "2026-01-02T00:00:00.000Z"}, S4_FORBIDDEN,
                 expect_ok=False, expect_error="forbidden", what="history on reception")
        self.ask(ad, "supervisor", {"action": "audit", "from": "2026-01-01T00:00:00.000Z",
                                    "to": "2026-01-02T00:00:00.000Z"}, S4_FORBIDDEN,
                 expect_ok=False, expect_error="forbidden", what="audit on supervisor")
        self.ask(rc, "reception", {"action": "apply-programming", "programming": {},
                                   "basedOn": 0}, S4_FORBIDDEN, expect_ok=False,
                 expect_error="forbidden", what="apply-programming on reception")

        # history, report, audit.
        now = time.time()
        fmt = lambda t: time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".000Z"
        span = {"from": fmt(now - 86400), "to": fmt(now + 3600)}
        if "history" in self.args.known_gap:
            # A known gap, not a reading of the spec: switchboardd answers history and report
            # not-possible until issue 12 keeps the history (docs/console-bus.md). Still
            # checked: answered once, refused with that code; printed as KNOWN GAP.
            for action in ("history", "report"):
                r = self.ask(ad, "supervisor", dict(action=action, **span), S4_HISTORY,
                             expect_ok=False, expect_error="not-possible")
                if r is not None and r.get("error") == "not-possible":
                    print("KNOWN GAP [%s] %s answered not-possible (issue 12)"
                          % (S4_HISTORY if action == "history" else S4_REPORT, action))
            h = rp = None
        else:
            h = self.ask(ad, "supervisor", dict(action="history", **span), S4_HISTORY)
            rp = self.ask(ad, "supervisor", dict(action="report", **span), S4_REPORT)
        if h and h.get("ok"):
            if self.f.check(isinstance(h.get("requests"), list) and "next" in h, S4_HISTORY,
                            "history answered %s" % json.dumps(h)[:200]):
                for i, r in enumerate(h["requests"]):
                    w = "history requests[%d]" % i
                    self.members(r, ["id", "caller", "target", "kind", "leftAt", "servedAt",
                                     "endedAt", "reason"], w)
                    self.check_int(r.get("id"), w + " id")
                    self.check_number(r.get("caller"), w + " caller")
                    self.check_number(r.get("target"), w + " target", nullable=True)
                    self.check_time(r.get("leftAt"), w + " leftAt")
                    self.check_time(r.get("servedAt"), w + " servedAt", nullable=True)
                    self.check_time(r.get("endedAt"), w + " endedAt")
                    self.f.check(r.get("reason") in END_REASONS, S4_HISTORY,
                                 "%s reason %r" % (w, r.get("reason")))
        if rp and rp.get("ok"):
            cb, out, hours = rp.get("callbacks"), rp.get("outside"), rp.get("leftByHour")
            if self.f.check(isinstance(cb, dict), S4_REPORT, "callbacks is %r" % cb):
                self.members(cb, ["left", "completed", "abandoned", "noAnswer", "cleared", "reset",
                                  "disabled", "expired", "medianToCompletedSeconds",
                                  "p90ToCompletedSeconds"], "report callbacks")
            if self.f.check(isinstance(out, dict), S4_REPORT, "outside is %r" % out):
                self.members(out, ["rang", "answered", "abandoned", "transferred", "recalled",
                                   "medianToAnswerSeconds", "p90ToAnswerSeconds"],
                             "report outside")
            self.f.check(isinstance(hours, list) and len(hours) == 24
                         and all(is_int(x) for x in hours), S4_REPORT,
                         "leftByHour is %r" % (hours,))
        self.ask(ad, "installer", dict(action="audit", **span), S4_GOOD)

        self.check_programming(items, f)
        self.check_requests(index)
        self.check_unanswered(e)
        self.check_broker_rules(e)

    def check_programming(self, items, f):
        ad = self.admin
        prog = self.state_items(ad).get("programming")
        if not isinstance(prog, dict) or not is_int(prog.get("revision")):
            self.f.fail(S4_GOOD, "no R/state/programming with a revision: apply-programming "
                        "not checked")
            return
        n = prog["revision"]
        body = {k: v for k, v in prog.items() if k not in ("revision", "rev")}
        self.ask(ad, "installer", {"action": "apply-programming", "programming": body,
                                   "basedOn": n}, S4_UNCHANGED, expect_changed=False,
                 what="apply-programming of the programming in force")
        self.ask(ad, "installer", {"action": "apply-programming",
                                   "programming": dict(body, revision=n + 7), "basedOn": n},
                 S4_REVISION_IGNORED, expect_changed=False,
                 what="apply-programming with a revision member of its own")
        s0 = self.last_seq(ad)
        self.ask(ad, "installer", {"action": "apply-programming", "programming": body,
                                   "basedOn": n + 1000}, S4_CONFLICT, expect_ok=False,
                 expect_error="conflict", what="apply-programming on an old revision")

        # A real change: rename one extension where the programming names it.
        renamed = copy.deepcopy(body)
        entry = find_extension_entry(renamed, f)
        if entry is None:
            self.f.note("no entry with number %s and name in the programming: renaming and "
                        "removing by programming not checked" % f)
            return
        entry["name"] = "Conformance %s" % f
        s0 = self.last_seq(ad)
        r = self.ask(ad, "installer", {"action": "apply-programming", "programming": renamed,
                                       "basedOn": n}, S4_GOOD, expect_changed=True,
                     what="apply-programming renaming %s" % f)
        if not r or not r.get("ok"):
            return
        m = self.wait_state(ad, "programming", lambda p: isinstance(p, dict)
                            and is_int(p.get("revision")) and p["revision"] > n, after_seq=s0)
        if not self.f.check(m, S2_PROGRAMMING, "revision did not grow after an applied change"):
            return
        n2 = m.json["revision"]
        self.f.check(self.wait_state(ad, "extension/" + f, lambda p: isinstance(p, dict)
                                     and p.get("name") == entry["name"], after_seq=s0), S4_GOOD,
                     "extension/%s does not show its new name" % f)
        self.f.check(self.wait_event(ad, lambda p: p.get("kind") == "programming.applied"
                                     and p.get("by") == ad.user and p.get("revision") == n2,
                                     after_seq=s0), S3_PROGRAMMING,
                     "no programming.applied event by %s with revision %d" % (ad.user, n2))

        # Removing the extension: index drops it, then an empty retained payload (checked in
        # check_state_stream); then everything back as it was.
        removed = copy.deepcopy(body)
        if remove_extension_entry(removed, f):
            s0 = self.last_seq(ad)
            r = self.ask(ad, "installer", {"action": "apply-programming", "programming": removed,
                                           "basedOn": n2}, S4_GOOD, expect_changed=True,
                         what="apply-programming removing %s" % f)
            if r and r.get("ok"):
                self.f.check(self.wait_state(ad, "extension/" + f, lambda p: p is None,
                                             after_seq=s0), S2_DELETE,
                             "extension/%s removed by programming got no empty payload" % f)
                m = self.wait_state(ad, "programming", lambda p: isinstance(p, dict)
                                    and is_int(p.get("revision")) and p["revision"] > n2,
                                    after_seq=s0)
                n2 = m.json["revision"] if m else n2 + 1
        s0 = self.last_seq(ad)
        self.ask(ad, "installer", {"action": "apply-programming", "programming": body,
                                   "basedOn": n2}, S4_GOOD, expect_changed=True,
                 what="apply-programming restoring the programming")
        self.f.check(self.wait_state(ad, "extension/" + f, lambda p: isinstance(p, dict)
                                     and p.get("name") != entry["name"], after_seq=s0), S4_GOOD,
                     "extension/%s is not back after restoring the programming" % f)

    def check_requests(self, index):
        """cancel-request and clear-callbacks on live requests, when there are any."""
        ad = self.admin
        items = self.state_items(ad)
        live = [items.get("request/%s" % i) for i in index.get("requests", [])]
        live = [r for r in live if isinstance(r, dict) and r.get("kind") != "transfer"]
        if not live:
            self.f.note("no live requests: cancel-request and clear-callbacks with requests "
                        "not checked")
            return
        first = live[0]
        rid = first["id"]
        s0 = self.last_seq(ad)
        self.ask(ad, "supervisor", {"action": "cancel-request", "id": rid}, S4_GOOD,
                 expect_changed=True, what="cancel-request of live request %s" % rid)
        self.f.check(self.wait_state(ad, "request/%s" % rid, lambda p: p is None, after_seq=s0),
                     S2_REQUEST_END, "request/%s got no empty payload after it ended" % rid)
        self.f.check(self.wait_event(ad, lambda p: p.get("kind") == "request.ended"
                                     and p.get("id") == rid and p.get("reason") == "cleared",
                                     after_seq=s0), S2_REQUEST_END,
                     "no request.ended with reason cleared for request %s" % rid)
        self.ask(ad, "supervisor", {"action": "cancel-request", "id": rid}, S4_NOT_FOUND,
                 expect_ok=False, expect_error="not-found",
                 what="cancel-request of a request that ended")
        rest = [r for r in live[1:] if r.get("kind") in ("extension", "line")]
        if rest:
            caller = rest[0]["caller"]
            s0 = self.last_seq(ad)
            self.ask(ad, "reception", {"action": "clear-callbacks", "extension": caller},
                     S4_GOOD, expect_changed=True, what="clear-callbacks of %s" % caller)
            self.f.check(self.wait_state(ad, "request/%s" % rest[0]["id"], lambda p: p is None,
                                         after_seq=s0), S2_REQUEST_END,
                         "request/%s got no empty payload after clear-callbacks"
                         % rest[0]["id"])
            self.ask(ad, "reception", {"action": "clear-callbacks", "extension": caller},
                     S4_UNCHANGED, expect_changed=False)

    def check_unanswered(self, e):
        """Section 4: commands without a response topic or with someone else's are neither
        answered nor carried out. Commands are processed in order: a later answered command
        (set-dnd off, which must then change nothing) shows the earlier one was not carried out."""
        ad, rc = self.admin, self.recep
        on = {"action": "set-dnd", "extension": e, "on": True}
        cases = [
            (None, "no response topic"),
            (self.t("reply/%s/stolen" % rc.user), "the reception user's reply topic"),
            (self.t("reply/%sx/1" % ad.user), "a reply topic of a user whose name it begins"),
            (self.t("reply/%s" % ad.user), "R/reply/<user> itself, not under it"),
            ("switchboard/1/other-system/reply/%s/1" % ad.user, "another system's reply topic"),
            (self.t("state/extension/%s" % e), "a state topic"),
        ]
        for response_topic, what in cases:
            s0 = self.last_seq(ad)
            r0 = self.last_seq(rc)
            corr = self.send(ad, "reception", on, response_topic=response_topic)
            r = self.ask(ad, "reception", {"action": "set-dnd", "extension": e, "on": False},
                         S4_UNANSWERED, what="set-dnd off after a set-dnd on with %s" % what)
            if r is not None and r.get("changed") is not False:
                self.f.fail(S4_UNANSWERED, "set-dnd on with %s was carried out" % what)
            got = [m for m in ad.snapshot() + rc.snapshot()
                   if m.correlation == corr and (m.seq > s0 or m.seq > r0)
                   and not m.topic.startswith(self.t("command/"))] if corr else []
            self.f.check(not got, S4_UNANSWERED, "set-dnd with %s was answered on %s"
                         % (what, ", ".join(sorted({m.topic for m in got}))))
            for m in ad.snapshot():
                if m.seq > s0 and m.topic == self.t("state/extension/" + e) \
                        and isinstance(m.json, dict) and m.json.get("dnd"):
                    self.f.fail(S4_UNANSWERED, "set-dnd with %s turned dnd on" % what)
                    break

    def check_broker_rules(self, e):
        """Section 5, the broker's part: a console publishes nothing but its own commands."""
        ad, rc = self.admin, self.recep
        s0 = self.last_seq(ad)
        rc.publish(self.t("state/extension/%s" % e), b'{"forged":true}', retain=True)
        rc.publish(self.t("event"), b'{"at":"2026-01-01T00:00:00.000Z","kind":"forged"}')
        # A reception user sending on a role it does not hold, and under another user's name;
        # each followed by an answered set-dnd off that must change nothing.
        self.send(rc, "supervisor", {"action": "set-dnd", "extension": e, "on": True})
        corr = self.send(rc, "reception", {"action": "set-dnd", "extension": e, "on": False})
        r = self.reply(rc, corr)
        self.f.check(r is not None and r.get("changed") is False, S5_ACL,
                     "a command on a role's topic the user does not hold was carried out")
        rc.publish(self.t("command/reception/%s" % ad.user),
                   json.dumps({"action": "set-dnd", "extension": e, "on": True}),
                   response_topic=self.t("reply/%s/forged" % rc.user), correlation=b"forged")
        corr = self.send(rc, "reception", {"action": "set-dnd", "extension": e, "on": False})
        r = self.reply(rc, corr)
        self.f.check(r is not None and r.get("changed") is False, S5_ACL,
                     "a command under another user's name was carried out")
        for m in ad.snapshot():
            if m.seq > s0 and isinstance(m.json, dict) and (
                    m.json.get("forged") or m.json.get("kind") == "forged"):
                self.f.fail(S5_ACL, "a console's publish on %s reached a subscriber" % m.topic)
        # Those commands never reached the service; they are not answered: drop them from sent.
        self.sent = [s for s in self.sent if not (s[0] is rc and s[1] == "supervisor")]

    def check_answers_and_command_events(self):
        """Exactly one answer per answered command on its response topic, and one command event
        for each answer."""
        replies = []
        for conn in (self.admin, self.recep):
            for m in conn.snapshot():
                if m.topic.startswith(self.t("reply/")):
                    replies.append((conn, m))
        by_corr = {}
        for conn, m in replies:
            by_corr.setdefault(m.correlation, []).append((conn, m))
        sent_corr = {s[3]: s for s in self.sent}
        for corr, lst in by_corr.items():
            s = sent_corr.get(corr)
            if s is None:
                if corr != b"forged":
                    self.f.fail(S4_ONCE, "an answer with correlation data %r nobody sent on %s"
                                % (corr, lst[0][1].topic))
                continue
            self.f.check(len(lst) == 1, S4_ONCE, "%d answers to %s (correlation %r)"
                         % (len(lst), s[2], corr))
            self.f.check(all(m.topic == s[4] for _, m in lst), S4_ONCE,
                         "answer to %s on %s, its response topic was %s"
                         % (s[2], lst[0][1].topic, s[4]))
        for s in self.sent:
            if s[3] not in by_corr:
                self.f.fail(S4_ONCE, "no answer to %s by %s on %s" % (s[2], s[0].user, s[1]))

        # One command event per answer (by, action, ok, error).
        events = [m.json for m in self.admin.snapshot() if m.topic == self.t("event")
                  and isinstance(m.json, dict) and m.json.get("kind") == "command"]
        ours = [ev for ev in events if ev.get("by") in (self.admin.user, self.recep.user)]
        unused = list(ours)
        for corr, lst in by_corr.items():
            s = sent_corr.get(corr)
            if s is None or not isinstance(lst[0][1].json, dict):
                continue
            r = lst[0][1].json
            match = None
            for ev in unused:
                if ev.get("by") != s[0].user or ev.get("ok") != r.get("ok"):
                    continue
                if isinstance(s[2], str) and ev.get("action") != s[2]:
                    continue
                if r.get("ok") is False and ev.get("error") != r.get("error"):
                    continue
                match = ev
                break
            if self.f.check(match is not None, S3_COMMAND,
                            "no command event (by %s, action %r, ok %r%s) for an answered "
                            "command" % (s[0].user, s[2], r.get("ok"),
                                         ", error %s" % r.get("error") if r.get("ok") is False
                                         else "")):
                unused.remove(match)
        self.f.check(not unused, S3_COMMAND, "%d command events for commands not answered: %s"
                     % (len(unused), json.dumps(unused)[:300]))
        ats = [m.json.get("at") for m in self.admin.snapshot() if m.topic == self.t("event")
               and isinstance(m.json, dict) and isinstance(m.json.get("at"), str)]
        self.f.check(ats == sorted(ats), S3_ORDER, "events' at times go backwards")


def find_extension_entry(node, number):
    """The object in the programming that describes extension `number` and has a name."""
    if isinstance(node, dict):
        if str(node.get("number")) == number and "name" in node:
            return node
        for v in node.values():
            found = find_extension_entry(v, number)
            if found is not None:
                return found
    elif isinstance(node, list):
        for v in node:
            found = find_extension_entry(v, number)
            if found is not None:
                return found
    return None


def remove_extension_entry(node, number):
    if isinstance(node, dict):
        return any(remove_extension_entry(v, number) for v in node.values())
    if isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, dict) and str(v.get("number")) == number and "name" in v:
                del node[i]
                return True
        return any(remove_extension_entry(v, number) for v in node)
    return False


def main():
    parser = argparse.ArgumentParser(description="SB-BUS/1 conformance check")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=1883)
    parser.add_argument("--user", required=True, help="a console user with every role")
    parser.add_argument("--password", required=True)
    parser.add_argument("--reception-user", required=True)
    parser.add_argument("--reception-password", required=True)
    parser.add_argument("--system", default="office")
    parser.add_argument("--timeout", type=int, default=20,
                        help="seconds to wait for a complete picture (or for offline)")
    parser.add_argument("--settle", type=float, default=1.0,
                        help="seconds to wait for late or duplicate messages at the end")
    parser.add_argument("--expect-offline", action="store_true",
                        help="only check that R/state/service is offline (after a crash)")
    parser.add_argument("--known-gap", action="append", default=[], choices=["history"],
                        help="accept a named, documented gap of the service (printed as KNOWN "
                             "GAP): history (history and report answer not-possible)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    try:
        return Checker(args).run()
    except (OSError, ConnectionError) as error:
        print("sbbus_check: %s" % error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
