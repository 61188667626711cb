/* Compare any two versions (/<doc>/compare/?from=A&to=B): the redline of two released versions,
   computed in the reader's browser with the engine of `policy diff` and rendered as the change
   pages render theirs.

   The engine is a line-for-line port of tooling/diff/diffing.py on diff-match-patch's
   JavaScript port (assets/vendor/diff-match-patch-1.0.5.js, served by the site itself): the
   same tokens (every ideograph one token, a word one token, a run of white space one token),
   each token mapped to one character, no time-out (Diff_Timeout = 0) but the half-match short
   cut kept, the same boundary scores in the semantic clean-up (Chinese sentence punctuation ends
   a sentence), the same line/sentence pre-pass for long stretches, the same section matching
   (id and content, content alone, id and words, words alone, id alone) and statuses. The
   renderer is a port of tooling/diff/redline.py (inline and side by side). For two adjacent
   versions the result is the change page's redline, run for run (tests/browser).

   What it compares is published by the build beside each version page
   (<version page>/text.json, tooling/site/compare_data.py): the released text and its
   sections as the section model reads them. The service worker keeps every file fetched, so a
   comparison made once also works offline. No inline script: the page's data (the versions,
   the labels) is in data- attributes of #policy-compare. */
(function () {
  "use strict";

  var EQUAL = "=", DELETE = "-", INSERT = "+";
  var ADDED = "added", REMOVED = "removed", CHANGED = "changed", MOVED = "moved",
      RENUMBERED = "renumbered", UNCHANGED = "unchanged";
  var STATUSES = [ADDED, REMOVED, CHANGED, MOVED, RENUMBERED, UNCHANGED];

  var CJK = "\\u2e80-\\u2fdf\\u3005-\\u3007\\u3021-\\u3029\\u3040-\\u30ff\\u3100-\\u312f\\u31a0-\\u31bf" +
            "\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3ffff}";
  var MARKS = "\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f";
  // Python's \s and str.isspace() (JavaScript's \s differs: it has U+FEFF, lacks U+001C-U+001F and U+0085)
  var WS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  // Python's \w (str.isalnum() or "_"), without the ideographs
  var LETTER = "(?:(?![" + CJK + "])[\\p{L}\\p{N}_]|[" + MARKS + "])";
  var TOKEN = new RegExp("[" + CJK + "]|" + LETTER + "+(?:(?:['\\u2019]|[.,:](?=\\p{Nd}))" + LETTER + "+)*" +
                         "|[" + WS + "]+|[^]", "gu");
  var CJK_CHAR = new RegExp("^[" + CJK + "]$", "u");
  var SPACE = new RegExp("^[" + WS + "]$", "u");
  var BLANK = new RegExp("^[" + WS + "]*$", "u");
  var ALNUM = /^[\p{L}\p{N}]$/u;
  var CJK_STOP = "。！？；";
  var BLANK_END = /\n\r?\n$/, BLANK_START = /^\r?\n\r?\n/;
  var UNIT_SPLIT = /(?<=\n)|(?<=[。！？；])|(?<=[.!?;] )/u;

  var LONG = 3000, CAP = 4000000, BUDGET = 200000000, MAX_SYMBOL = 0xFFFF;

  function tokens(text) { return text.match(TOKEN) || []; }

  function lastChar(s) { var a = Array.from(s); return a[a.length - 1]; }
  function firstChar(s) { return String.fromCodePoint(s.codePointAt(0)); }

  // ------------------------------------------------------------------------------------------
  // Word-level diff (diffing.py: TokenDiff, _token_diff, _long_diff, normalize, diff_text)

  function TokenDiff(table, chinese) {
    diff_match_patch.call(this);
    this.Diff_Timeout = 0;   // never let the clock decide the result
    this.table = table;
    this.chinese = chinese;
  }
  TokenDiff.prototype = Object.create(diff_match_patch.prototype);
  TokenDiff.prototype.constructor = TokenDiff;

  TokenDiff.prototype.diff_halfMatch_ = function (text1, text2) {
    // deterministic (it never reads the clock): kept without a time-out, as on the server
    this.Diff_Timeout = 1.0;
    try { return diff_match_patch.prototype.diff_halfMatch_.call(this, text1, text2); }
    finally { this.Diff_Timeout = 0; }
  };

  TokenDiff.prototype.score = function (one, two) {
    if (!one || !two) return 6;
    var left = this.table[one.charCodeAt(one.length - 1)];
    var right = this.table[two.charCodeAt(0)];
    var c1 = lastChar(left), c2 = firstChar(right);
    var other1 = !ALNUM.test(c1), other2 = !ALNUM.test(c2);
    var space1 = other1 && SPACE.test(c1), space2 = other2 && SPACE.test(c2);
    var break1 = space1 && (c1 === "\r" || c1 === "\n"), break2 = space2 && (c2 === "\r" || c2 === "\n");
    if ((break1 && BLANK_END.test(left)) || (break2 && BLANK_START.test(right))) return 5;
    if (break1 || break2) return 4;
    if (other1 && !space1 && (space2 || (this.chinese && CJK_STOP.indexOf(c1) >= 0))) return 3;
    if (space1 || space2) return 2;
    if (other1 || other2) return 1;
    return 0;
  };

  TokenDiff.prototype.diff_cleanupSemanticLossless = function (diffs) {
    // diff-match-patch's own algorithm (Apache License 2.0), scoring token boundaries
    var self = this, pointer = 1;
    while (pointer < diffs.length - 1) {
      if (diffs[pointer - 1][0] === DIFF_EQUAL && diffs[pointer + 1][0] === DIFF_EQUAL) {
        var equality1 = diffs[pointer - 1][1], edit = diffs[pointer][1], equality2 = diffs[pointer + 1][1];
        var common = self.diff_commonSuffix(equality1, edit);
        if (common) {
          var shared = edit.substring(edit.length - common);
          equality1 = equality1.substring(0, equality1.length - common);
          edit = shared + edit.substring(0, edit.length - common);
          equality2 = shared + equality2;
        }
        var best1 = equality1, bestEdit = edit, best2 = equality2;
        var best = self.score(equality1, edit) + self.score(edit, equality2);
        while (edit && equality2 && edit.charAt(0) === equality2.charAt(0)) {
          equality1 += edit.charAt(0);
          edit = edit.substring(1) + equality2.charAt(0);
          equality2 = equality2.substring(1);
          var value = self.score(equality1, edit) + self.score(edit, equality2);
          if (value >= best) { best = value; best1 = equality1; bestEdit = edit; best2 = equality2; }
        }
        if (diffs[pointer - 1][1] !== best1) {
          if (best1) { diffs[pointer - 1][1] = best1; }
          else { diffs.splice(pointer - 1, 1); pointer--; }
          diffs[pointer][1] = bestEdit;
          if (best2) { diffs[pointer + 1][1] = best2; }
          else { diffs.splice(pointer + 1, 1); pointer--; }
        }
      }
      pointer++;
    }
  };

  var OPS = {"-1": DELETE, "0": EQUAL, "1": INSERT};

  function symbols(unitsA, unitsB) {
    var table = [""], index = new Map(), out = [];
    for (var k = 0; k < 2; k++) {
      var units = k ? unitsB : unitsA, chars = [];
      for (var i = 0; i < units.length; i++) {
        var code = index.get(units[i]);
        if (code === undefined) {
          code = table.length;
          if (code > MAX_SYMBOL) return null;   // one UTF-16 unit per symbol (the server has more room)
          index.set(units[i], code);
          table.push(units[i]);
        }
        chars.push(String.fromCharCode(code));
      }
      out.push(chars.join(""));
    }
    return [out[0], out[1], table];
  }

  function unmap(s, table) {
    var parts = [];
    for (var i = 0; i < s.length; i++) parts.push(table[s.charCodeAt(i)]);
    return parts.join("");
  }

  function replace(old, neu) {
    var out = [];
    if (old) out.push([DELETE, old]);
    if (neu) out.push([INSERT, neu]);
    return out;
  }

  function counter(list) {
    var m = new Map();
    for (var i = 0; i < list.length; i++) m.set(list[i], (m.get(list[i]) || 0) + 1);
    return m;
  }

  function affordable(a, b) {
    if (a.length * b.length <= CAP) return true;
    var left = counter(a), right = counter(b), least = 0;
    left.forEach(function (n, t) { least += Math.max(0, n - (right.get(t) || 0)); });
    right.forEach(function (n, t) { least += Math.max(0, n - (left.get(t) || 0)); });
    return (a.length + b.length) * Math.max(least, 1) <= BUDGET;
  }

  function tokenDiff(oldTokens, newTokens, chinese) {
    if (!affordable(oldTokens, newTokens)) return replace(oldTokens.join(""), newTokens.join(""));
    var mapped = symbols(oldTokens, newTokens);
    if (mapped === null) return replace(oldTokens.join(""), newTokens.join(""));
    var table = mapped[2], engine = new TokenDiff(table, chinese);
    var diffs = engine.diff_main(mapped[0], mapped[1], false);
    engine.diff_cleanupSemantic(diffs);
    var out = [];
    for (var i = 0; i < diffs.length; i++) {
      if (diffs[i][1]) out.push([OPS[diffs[i][0]], unmap(diffs[i][1], table)]);
    }
    return out;
  }

  function units(text) { return text.split(UNIT_SPLIT).filter(Boolean); }

  function longDiff(old, neu, chinese) {
    var unitsOld = units(old), unitsNew = units(neu);
    if (!affordable(unitsOld, unitsNew)) return replace(old, neu);
    var mapped = symbols(unitsOld, unitsNew);
    if (mapped === null) return replace(old, neu);
    var table = mapped[2], coarse = new diff_match_patch();
    coarse.Diff_Timeout = 0;
    var out = [], pendingOld = [], pendingNew = [];
    function flush() {
      if (pendingOld.length || pendingNew.length) {
        Array.prototype.push.apply(out, tokenDiff(tokens(pendingOld.join("")), tokens(pendingNew.join("")), chinese));
        pendingOld = []; pendingNew = [];
      }
    }
    var diffs = coarse.diff_main(mapped[0], mapped[1], false);
    for (var i = 0; i < diffs.length; i++) {
      var text = unmap(diffs[i][1], table);
      if (diffs[i][0] === 0) { flush(); out.push([EQUAL, text]); }
      else if (diffs[i][0] < 0) pendingOld.push(text);
      else pendingNew.push(text);
    }
    flush();
    return out;
  }

  function normalize(ops) {
    var out = [], dels = [], ins = [];
    function flush() {
      if (dels.length) { out.push([DELETE, dels.join("")]); dels = []; }
      if (ins.length) { out.push([INSERT, ins.join("")]); ins = []; }
    }
    for (var i = 0; i < ops.length; i++) {
      var op = ops[i][0], text = ops[i][1];
      if (!text) continue;
      if (op === EQUAL) {
        flush();
        if (out.length && out[out.length - 1][0] === EQUAL) out[out.length - 1] = [EQUAL, out[out.length - 1][1] + text];
        else out.push([EQUAL, text]);
      } else if (op === DELETE) dels.push(text);
      else ins.push(text);
    }
    flush();
    return out;
  }

  // Positions are counted in characters (code points), as Python counts them.
  function sureBoundary(chars, pos) {
    var a = chars[pos - 1], b = chars[pos];
    return SPACE.test(a) !== SPACE.test(b) || CJK_CHAR.test(a) || CJK_CHAR.test(b);
  }

  function tokenStart(chars, pos) {
    if (pos <= 0) return 0;
    if (pos >= chars.length) return chars.length;
    var q = pos;
    while (q > 0 && !sureBoundary(chars, q)) q--;
    var at = q, found = tokens(chars.slice(q).join(""));
    for (var i = 0; i < found.length; i++) {
      var end = at + Array.from(found[i]).length;
      if (end >= pos) return end === pos ? pos : at;
      at = end;
    }
    return pos;
  }

  function tokenEnd(chars, pos) {
    var start = tokenStart(chars, pos);
    if (start === pos) return pos;
    return start + Array.from(tokens(chars.slice(start).join(""))[0]).length;
  }

  function isChinese(language) { return /^zh/i.test(language || ""); }

  function diffText(old, neu, language) {
    if (old === neu) return old ? [[EQUAL, old]] : [];
    if (!old || !neu) return replace(old, neu);
    var chinese = isChinese(language);
    var a = Array.from(old), b = Array.from(neu);
    var start = 0, limit = Math.min(a.length, b.length);
    while (start < limit && a[start] === b[start]) start++;
    for (;;) {
      var moved = tokenStart(b, tokenStart(a, start));
      if (moved === start) break;
      start = moved;
    }
    var end = 0;
    limit -= start;
    while (end < limit && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    for (;;) {
      var back = a.length - tokenEnd(a, a.length - end);
      back = b.length - tokenEnd(b, b.length - back);
      if (back === end) break;
      end = back;
    }
    var head = a.slice(0, start).join(""), tail = a.slice(a.length - end).join("");
    var midOld = a.slice(start, a.length - end).join(""), midNew = b.slice(start, b.length - end).join("");
    var oldTokens = tokens(midOld), newTokens = tokens(midNew);
    var body = oldTokens.length + newTokens.length > LONG ? longDiff(midOld, midNew, chinese)
                                                          : tokenDiff(oldTokens, newTokens, chinese);
    return normalize([[EQUAL, head]].concat(body, [[EQUAL, tail]]));
  }

  // ------------------------------------------------------------------------------------------
  // Section-aware document diff (diffing.py: _match, _in_order, _diff_documents)

  var SAME_ID_SIMILARITY = 0.25, MOVED_SIMILARITY = 0.6, FUZZY_LIMIT = 200;

  function side(data) {
    var index = new Map();
    data.sections.forEach(function (s, i) { index.set(s.id, i); });  // the last of equal ids, as a dict
    return {data: data, sections: data.sections, index: index};
  }

  function readerText(s) { return s.reader !== undefined ? s.reader : s.own; }

  function bag(section) {
    var out = new Map(), found = tokens(section.own);
    for (var i = 0; i < found.length; i++) {
      if (!BLANK.test(found[i])) out.set(found[i], (out.get(found[i]) || 0) + 1);
    }
    return out;
  }

  function total(m) { var n = 0; m.forEach(function (v) { n += v; }); return n; }

  function similarity(a, b) {
    var sum = total(a) + total(b);
    if (!sum) return 1.0;
    if (a.size > b.size) { var t = a; a = b; b = t; }
    var common = 0;
    a.forEach(function (n, tok) { common += Math.min(n, b.get(tok) || 0); });
    return 2.0 * common / sum;
  }

  function match(old, neu) {
    var pairs = new Map(), taken = new Set();
    function pair(i, j) { pairs.set(i, j); taken.add(j); }
    var i, j, s;
    // 1. same id, same content
    for (i = 0; i < old.sections.length; i++) {
      j = neu.index.get(old.sections[i].id);
      if (j !== undefined && old.sections[i].key === neu.sections[j].key) pair(i, j);
    }
    // 2. same content under another id, in document order
    var waiting = new Map();
    for (j = 0; j < neu.sections.length; j++) {
      if (taken.has(j)) continue;
      var key = neu.sections[j].key;
      if (!waiting.has(key)) waiting.set(key, []);
      waiting.get(key).push(j);
    }
    for (i = 0; i < old.sections.length; i++) {
      var list = waiting.get(old.sections[i].key);
      if (!pairs.has(i) && list && list.length) pair(i, list.shift());
    }
    // 3. same id, edited in place (or explicit ids on both sides)
    var bags = new Map();
    function bagOf(k, n) {
      var name = k + ":" + n;
      if (!bags.has(name)) bags.set(name, bag((k ? neu : old).sections[n]));
      return bags.get(name);
    }
    for (i = 0; i < old.sections.length; i++) {
      s = old.sections[i];
      j = neu.index.get(s.id);
      if (pairs.has(i) || j === undefined || taken.has(j)) continue;
      var n = neu.sections[j];
      var explicit = s.explicit && n.explicit;
      var sameHeading = s.kind === "heading" && n.kind === "heading" && s.title === n.title;
      if (explicit || sameHeading || similarity(bagOf(0, i), bagOf(1, j)) >= SAME_ID_SIMILARITY) pair(i, j);
    }
    // 4. renumbered and edited: mostly the same words under another id
    var freeOld = [], freeNew = [];
    for (i = 0; i < old.sections.length; i++) if (!pairs.has(i)) freeOld.push(i);
    for (j = 0; j < neu.sections.length; j++) if (!taken.has(j)) freeNew.push(j);
    if (freeOld.length && freeNew.length && freeOld.length <= FUZZY_LIMIT && freeNew.length <= FUZZY_LIMIT) {
      var candidates = [];
      freeOld.forEach(function (a) {
        freeNew.forEach(function (b) {
          if (old.sections[a].kind !== neu.sections[b].kind) return;
          var score = similarity(bagOf(0, a), bagOf(1, b));
          if (score >= MOVED_SIMILARITY) candidates.push([-score, a, b]);
        });
      });
      candidates.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
      candidates.forEach(function (c) { if (!pairs.has(c[1]) && !taken.has(c[2])) pair(c[1], c[2]); });
    }
    // 5. same id, however different
    for (i = 0; i < old.sections.length; i++) {
      j = neu.index.get(old.sections[i].id);
      if (!pairs.has(i) && j !== undefined && !taken.has(j)) pair(i, j);
    }
    return pairs;
  }

  function bisectLeft(list, v) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid] < v) lo = mid + 1; else hi = mid; }
    return lo;
  }

  function longestIncreasing(values) {   // checks/parity.py: _longest_increasing
    var tails = [], tailsIdx = [], parent = values.map(function () { return -1; });
    values.forEach(function (v, i) {
      var k = bisectLeft(tails, v);
      if (k === tails.length) { tails.push(v); tailsIdx.push(i); }
      else { tails[k] = v; tailsIdx[k] = i; }
      parent[i] = k ? tailsIdx[k - 1] : -1;
    });
    var out = new Set(), i = tailsIdx.length ? tailsIdx[tailsIdx.length - 1] : -1;
    while (i !== -1) { out.add(i); i = parent[i]; }
    return out;
  }

  function inOrder(pairs) {
    var items = Array.from(pairs.entries()).sort(function (x, y) { return x[0] - y[0]; });
    var keep = longestIncreasing(items.map(function (x) { return x[1]; })), out = new Set();
    keep.forEach(function (k) { out.add(items[k][0]); });
    return out;
  }

  function titleOf(s) { return s.kind === "preamble" ? null : s.title; }

  function diffDocuments(oldData, newData, language) {
    var result = {language: language, oldLabel: oldData.id, newLabel: newData.id,
                  oldTitle: oldData.title, newTitle: newData.title,
                  hasChanges: oldData.text !== newData.text, parseError: oldData.error || newData.error || null,
                  sections: [], frontOps: []};
    if (result.parseError) {
      result.frontOps = result.ops = diffText(oldData.text, newData.text, language);
      return result;
    }
    var old = side(oldData), neu = side(newData);
    var pairs = match(old, neu), ordered = inOrder(pairs), back = new Map();
    pairs.forEach(function (j, i) { back.set(j, i); });
    var changes = new Map();
    pairs.forEach(function (j, i) {
      var o = old.sections[i], n = neu.sections[j];
      var op = o.parent < 0 ? null : old.index.get(old.sections[o.parent].id);
      var parentMoved = (o.parent < 0) !== (n.parent < 0) ||
        (o.parent >= 0 && pairs.get(op) !== neu.index.get(neu.sections[n.parent].id));
      var moved = !ordered.has(i) || parentMoved, status;
      if (o.key !== n.key) status = CHANGED;
      else if (moved) status = MOVED;
      else if (o.number !== n.number) status = RENUMBERED;
      else if (o.own !== n.own) status = CHANGED;
      else status = UNCHANGED;
      changes.set("new " + j, {id: n.id, status: status, oldNumber: o.number, newNumber: n.number,
                               oldTitle: titleOf(o), newTitle: titleOf(n), kind: n.kind, level: n.level,
                               moved: moved, ops: diffText(readerText(o), readerText(n), language)});
    });
    neu.sections.forEach(function (n, j) {
      if (back.has(j)) return;
      var own = readerText(n);
      changes.set("new " + j, {id: n.id, status: ADDED, oldNumber: null, newNumber: n.number, oldTitle: null,
                               newTitle: titleOf(n), kind: n.kind, level: n.level, moved: false,
                               ops: own ? [[INSERT, own]] : []});
    });
    var order = [];
    for (var j = 0; j < neu.sections.length; j++) order.push([[j, 0, 0], "new " + j]);
    var anchor = -1;
    old.sections.forEach(function (o, i) {
      if (pairs.has(i)) { if (ordered.has(i)) anchor = pairs.get(i); return; }
      var own = readerText(o);
      changes.set("old " + i, {id: o.id, status: REMOVED, oldNumber: o.number, newNumber: null,
                               oldTitle: titleOf(o), newTitle: null, kind: o.kind, level: o.level, moved: false,
                               ops: own ? [[DELETE, own]] : []});
      order.push([[anchor, 1, i], "old " + i]);
    });
    order.sort(function (x, y) { return x[0][0] - y[0][0] || x[0][1] - y[0][1] || x[0][2] - y[0][2]; });
    result.sections = order.map(function (x) { return changes.get(x[1]); });
    result.frontOps = diffText(oldData.front, newData.front, language);
    return result;
  }

  function counts(diff) {
    var out = {};
    STATUSES.forEach(function (s) { out[s] = 0; });
    diff.sections.forEach(function (s) { out[s.status]++; });
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Rendering (redline.py: render_inline_html, render_side_by_side_html)

  function escape(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? values[key] : m; });
  }

  function split(ops, atEqualOnly) {
    var out = [[]];
    ops.forEach(function (item) {
      var op = item[0], text = item[1];
      if (atEqualOnly && op !== EQUAL) { out[out.length - 1].push(item); return; }
      text.split("\n\n").forEach(function (part, k) {
        if (k) out.push([]);
        if (part) out[out.length - 1].push([op, part]);
      });
    });
    return out;
  }

  function htmlText(text) { return escape(text).replace(/\n/g, "<br>\n"); }

  function htmlOps(ops) {
    return ops.map(function (item) {
      var body = htmlText(item[1]);
      if (item[0] === EQUAL) return body;
      var tag = item[0] === INSERT ? "ins" : "del";
      var cls = BLANK.test(item[1]) ? ' class="redline-ws"' : "";
      return "<" + tag + cls + ">" + body + "</" + tag + ">";
    }).join("");
  }

  function sideOf(ops, keep) { return ops.filter(function (x) { return x[0] === EQUAL || x[0] === keep; }); }
  function hasChanges(ops) { return ops.some(function (x) { return x[0] !== EQUAL; }); }

  function sectionName(s, lab) {
    if (s.kind === "preamble") return lab.preamble;
    var number = (s.newNumber !== null ? s.newNumber : s.oldNumber) || "";
    var title = (s.newTitle !== null ? s.newTitle : s.oldTitle) || "";
    if (s.kind === "clause") {
      var chars = Array.from(title);
      if (chars.length > 40) title = chars.slice(0, 40).join("").replace(new RegExp("[" + WS + "]+$", "u"), "") + "…";
    }
    return (number + " " + title).replace(new RegExp("^[" + WS + "]+|[" + WS + "]+$", "gu"), "");
  }

  function notes(s, lab) {
    var out = [];
    if (s.oldNumber && s.newNumber && s.oldNumber !== s.newNumber) out.push(format(lab.was, {number: s.oldNumber}));
    if (s.moved) out.push(lab.moved_note);
    return out;
  }

  function sectionHead(s, lab, anchor) {
    var extra = notes(s, lab).map(function (n) { return ' <span class="redline-note">' + escape(n) + "</span>"; }).join("");
    return '<div class="redline-section-head"><a class="redline-anchor" href="#' + anchor + '" aria-label="' +
      escape(lab.anchor) + '">#</a> <span class="redline-name">' + escape(sectionName(s, lab)) + "</span> " +
      '<span class="redline-badge redline-badge-' + s.status + '">' + escape(lab[s.status]) + "</span>" + extra + "</div>";
  }

  function legend(lab) {
    var items = [ADDED, REMOVED, CHANGED, MOVED, RENUMBERED].map(function (s) {
      return '<li><span class="redline-badge redline-badge-' + s + '">' + escape(lab[s]) + "</span></li>";
    }).join("");
    return '<div class="redline-legend"><span class="redline-legend-title">' + escape(lab.legend) + "</span>" +
      "<ul><li><ins>" + escape(lab.inserted) + "</ins></li><li><del>" + escape(lab.deleted) + "</del></li>" +
      '</ul><span class="redline-legend-title">' + escape(lab.section_status) + "</span>" +
      '<ul class="redline-statuses">' + items + "</ul></div>";
  }

  function summary(diff, lab, zh) {
    var c = counts(diff), parts = [];
    STATUSES.forEach(function (s) {
      if (s !== UNCHANGED && c[s]) parts.push(format(lab.count, {n: c[s], label: zh ? lab[s] : lab[s].toLowerCase()}));
    });
    if (!diff.hasChanges) return '<p class="redline-summary">' + escape(lab.no_changes) + "</p>";
    if (!parts.length) return "";
    return '<p class="redline-summary">' + escape(format(lab.summary, {counts: parts.join(lab.sep)})) + "</p>";
  }

  function fragment(diff, kind, prefix, lab, body, columns) {
    var zh = isChinese(diff.language);
    var out = ['<section class="redline redline-' + kind + '" lang="' + escape(diff.language) + '" data-document="' +
               escape(diff.document || "") + '" data-from="' + escape(diff.oldLabel) + '" data-to="' + escape(diff.newLabel) + '">'];
    out.push(legend(lab));
    out.push(summary(diff, lab, zh));
    if (diff.parseError) out.push('<p class="redline-warning">' + escape(format(lab.unparsed, {error: diff.parseError})) + "</p>");
    out.push(columns || "");
    function render(s) {
      var anchor = (s.status === REMOVED ? prefix + "removed-" : prefix) + s.id;
      return '<div class="redline-section redline-' + s.status + '" id="' + escape(anchor) + '" data-status="' + s.status + '">' +
        sectionHead(s, lab, anchor) + body(s.ops, s) + "</div>";
    }
    if (hasChanges(diff.frontOps) && !diff.parseError) {
      out.push('<div class="redline-section redline-front redline-changed"><div class="redline-section-head">' +
               '<span class="redline-name">' + escape(lab.front) + "</span></div>" + body(diff.frontOps, null) + "</div>");
    }
    if (!diff.sections.length) out.push('<div class="redline-section redline-whole">' + body(diff.ops || diff.frontOps, null) + "</div>");
    var run = [];
    function flushRun() {
      if (!run.length) return;
      var text = run.length === 1 ? lab.collapsed_one : format(lab.collapsed, {n: run.length});
      out.push('<details class="redline-unchanged"><summary>' + escape(text) + "</summary>" + run.map(render).join("") + "</details>");
      run = [];
    }
    diff.sections.forEach(function (s) {
      if (s.status === UNCHANGED) { run.push(s); return; }
      flushRun();
      out.push(render(s));
    });
    flushRun();
    out.push("</section>");
    return out.filter(Boolean).join("\n") + "\n";
  }

  function headingTag(s) { return "h" + Math.min(6, Math.max(3, s.level + 1)); }

  function renderInline(diff, lab, prefix) {
    return fragment(diff, "inline", prefix, lab, function (ops, s) {
      var html = [];
      split(ops).forEach(function (para, k) {
        if (!para.length) return;
        var text = htmlOps(para);
        if (k === 0 && s && s.kind === "heading") {
          var tag = headingTag(s);
          html.push("<" + tag + ' class="redline-heading">' + text + "</" + tag + ">");
        } else html.push("<p>" + text + "</p>");
      });
      return '<div class="redline-body">' + html.join("") + "</div>";
    });
  }

  function renderSide(diff, lab, prefix) {
    var columns = '<div class="redline-sbs-row redline-sbs-columns"><div class="redline-old">' + escape(lab.before) +
      " · " + escape(diff.oldLabel) + '</div><div class="redline-new">' + escape(lab.after) + " · " +
      escape(diff.newLabel) + "</div></div>";
    // each cell names its side (data-label): a narrow screen stacks the cells and shows it
    var names = {"redline-old": escape(lab.before + " · " + diff.oldLabel),
                 "redline-new": escape(lab.after + " · " + diff.newLabel)};
    function cell(ops, cls) {
      var paras = split(ops).filter(function (p) { return p.length; });
      var text = paras.map(function (p) { return "<p>" + htmlOps(p) + "</p>"; }).join("");
      return '<div class="' + cls + (paras.length ? "" : " redline-empty") + '" data-label="' + names[cls] + '">' +
        text + "</div>";
    }
    return fragment(diff, "side-by-side", prefix, lab, function (ops, s) {
      var heading = s && s.kind === "heading";
      return split(ops, true).filter(function (r) { return r.length; }).map(function (row, k) {
        return '<div class="redline-sbs-row' + (hasChanges(row) ? " redline-row-changed" : "") +
          (heading && k === 0 ? " redline-row-heading" : "") + '">' + cell(sideOf(row, DELETE), "redline-old") +
          cell(sideOf(row, INSERT), "redline-new") + "</div>";
      }).join("");
    }, columns);
  }

  // The engine, for the tests (the same texts as `policy diff` must give the same ops).
  window.policyCompare = {tokens: tokens, diffText: diffText, diffDocuments: diffDocuments,
                          renderInline: renderInline, renderSide: renderSide};

  // ------------------------------------------------------------------------------------------
  // The page

  var root = document.getElementById("policy-compare");
  if (!root) return;
  var config = JSON.parse(root.getAttribute("data-compare"));
  var messages = config.messages;            // {language: {key: text}}: problems are said in every language
  var out = root.querySelector(".policy-compare__result");
  var status = root.querySelector(".policy-compare__status");
  var known = {};
  config.versions.forEach(function (v, k) { known[v.id] = k; });

  function say(key, values, cls) {
    status.hidden = false;
    status.className = "policy-compare__status" + (cls ? " " + cls : "");
    status.textContent = "";
    config.languages.forEach(function (language) {
      var p = document.createElement("p");
      p.lang = language;
      p.textContent = format(messages[language][key], values || {});
      if (language === config.language) status.insertBefore(p, status.firstChild); else status.appendChild(p);
    });
  }

  var params = new URLSearchParams(location.search);
  var from = params.get("from"), to = params.get("to");
  var selects = root.querySelectorAll("select");
  for (var k = 0; k < selects.length; k++) {
    var value = selects[k].name === "from" ? from : to;
    if (value !== null && value in known) selects[k].value = value;
  }
  if (from === null && to === null) { say("compare_choose", {}); return; }
  var list = config.versions.map(function (v) { return v.id; }).join(", ");
  if (!from || !to) { say("compare_missing", {versions: list}, "policy-compare__status--error"); return; }
  var unknown = [from, to].filter(function (id) { return !(id in known); });
  if (unknown.length) {
    say("compare_unknown", {id: unknown[0], versions: list}, "policy-compare__status--error");
    return;
  }
  if (from === to) { say("compare_same", {id: from}, "policy-compare__status--error"); return; }
  var swapped = known[from] > known[to];
  if (swapped) {   // shown in time order; the form says so too
    var t = from; from = to; to = t;
    for (k = 0; k < selects.length; k++) selects[k].value = selects[k].name === "from" ? from : to;
  }

  function load(id) {
    return fetch(config.versions[known[id]].data, {credentials: "same-origin"}).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    });
  }

  say("compare_working", {from: from, to: to});
  Promise.all([load(from), load(to)]).then(function (both) {
    var diff = diffDocuments(both[0], both[1], config.language);
    diff.document = config.document;
    var lab = config.labels;
    if (swapped) say("compare_swapped", {from: from, to: to}, "policy-compare__status--note");
    else status.hidden = true;
    var heading = document.createElement("h2");
    heading.id = "redline";
    heading.textContent = format(lab.heading, {title: diff.newTitle || diff.oldTitle || config.document, old: from, new: to});
    out.textContent = "";
    out.appendChild(heading);
    var views = document.createElement("div");
    views.className = "policy-views";
    views.setAttribute("data-view", "inline");
    views.innerHTML = config.switcher +
      '<div class="policy-redline policy-redline--inline" id="inline">' + renderInline(diff, lab, "inline-").trim() + "</div>\n" +
      '<div class="policy-redline policy-redline--side" id="side-by-side">' + renderSide(diff, lab, "side-").trim() + "</div>";
    out.appendChild(views);
    viewSwitch(views);
    document.title = heading.textContent + " · " + document.title;
    root.setAttribute("data-state", "done");
    if (location.hash) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    }
  }).catch(function () {
    say("compare_failed", {from: from, to: to}, "policy-compare__status--error");
    root.setAttribute("data-state", "failed");
  });

  // One view at a time, as on change pages (the same remembered choice, policy.js).
  function viewSwitch(views) {
    var switcher = views.querySelector(".policy-view-switch"), KEY = "policy-redline-view";
    function show(view) {
      views.setAttribute("data-view", view);
      var buttons = switcher.querySelectorAll("button[data-view]");
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-view") === view));
      }
    }
    var remembered = "inline";
    try { remembered = localStorage.getItem(KEY) === "side" ? "side" : "inline"; } catch (e) { /* private mode */ }
    show(location.hash.indexOf("#side-") === 0 ? "side" : location.hash.indexOf("#inline-") === 0 ? "inline" : remembered);
    switcher.hidden = false;
    switcher.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-view]");
      if (!button) return;
      show(button.getAttribute("data-view"));
      try { localStorage.setItem(KEY, button.getAttribute("data-view")); } catch (e) { /* not remembered */ }
    });
  }
})();
