(function () {
  'use strict';

  // The reader page's own script, the only one the page's Content-Security-Policy lets run.
  // It maps the selection to code-point offsets of the canonical text through each block's
  // data-start, and talks to the app only through the bridge handed to connect(), passing the
  // page's token with every call. It keeps both in this closure, out of reach of the page.

  var bridge = null;
  var token = null;
  var blocks = [];
  var starts = [];
  var lengths = [];
  var lastReported = null;
  var hits = [];
  var hitSpans = '';
  var currentHit = -1;

  function codePoints(text) {
    var count = 0;
    for (var i = 0; i < text.length; i++) {
      var unit = text.charCodeAt(i);
      if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.length) {
        var next = text.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i++;
        }
      }
      count++;
    }
    return count;
  }

  // The UTF-16 index of the code point at position n of the text.
  function unitIndex(text, n) {
    var i = 0;
    while (n > 0 && i < text.length) {
      var unit = text.charCodeAt(i);
      i += unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.length ? 2 : 1;
      n--;
    }
    return i;
  }

  // The text nodes of a block that belong to the canonical text: labels and other decoration
  // carry data-skip and are left out.
  function textNodes(block) {
    return document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          return NodeFilter.FILTER_ACCEPT;
        }
        return node.hasAttribute('data-skip') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
    });
  }

  function blockLength(block) {
    var walker = textNodes(block);
    var length = 0;
    var node;
    while ((node = walker.nextNode())) {
      length += codePoints(node.data);
    }
    return length;
  }

  // Where a DOM position lies relative to a block: -1 before it, 0 inside, 1 after it.
  function compare(block, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(block);
    return range.comparePoint(node, offset);
  }

  // The code points of the block's text before a DOM position inside it.
  function offsetInBlock(block, node, offset) {
    var before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    var walker = textNodes(block);
    var count = 0;
    var text;
    while ((text = walker.nextNode())) {
      if (text === node) {
        return count + codePoints(text.data.slice(0, offset));
      }
      if (!before.intersectsNode(text)) {
        break;
      }
      count += codePoints(text.data);
    }
    return count;
  }

  // The offset of a selection's start: a position between blocks or before the body moves
  // forward to the start of the next block.
  function startOffset(node, offset) {
    for (var i = 0; i < blocks.length; i++) {
      var where = compare(blocks[i], node, offset);
      if (where === 0) {
        return starts[i] + offsetInBlock(blocks[i], node, offset);
      }
      if (where < 0) {
        return starts[i];
      }
    }
    return null;
  }

  // The offset of a selection's end: a position between blocks or after the body moves back to
  // the end of the block before it.
  function endOffset(node, offset) {
    for (var i = blocks.length - 1; i >= 0; i--) {
      var where = compare(blocks[i], node, offset);
      if (where === 0) {
        return starts[i] + offsetInBlock(blocks[i], node, offset);
      }
      if (where > 0) {
        return starts[i] + lengths[i];
      }
    }
    return null;
  }

  function selection() {
    var selected = window.getSelection();
    if (!selected || selected.rangeCount === 0 || selected.isCollapsed) {
      return '';
    }
    var range = selected.getRangeAt(0);
    if (!/\S/.test(range.toString())) {
      return '';
    }
    var start = startOffset(range.startContainer, range.startOffset);
    var end = endOffset(range.endContainer, range.endOffset);
    return start !== null && end !== null && start < end ? start + ' ' + end : '';
  }

  // The DOM position of a code-point offset; an offset on the line feed between two blocks is
  // the end of the first.
  function position(offset) {
    for (var i = blocks.length - 1; i >= 0; i--) {
      if (starts[i] <= offset) {
        var wanted = Math.min(offset - starts[i], lengths[i]);
        var walker = textNodes(blocks[i]);
        var seen = 0;
        var text;
        var last = null;
        while ((text = walker.nextNode())) {
          var length = codePoints(text.data);
          if (wanted < seen + length) {
            return [text, unitIndex(text.data, wanted - seen)];
          }
          seen += length;
          last = text;
        }
        return last ? [last, last.data.length] : [blocks[i], 0];
      }
    }
    return null;
  }

  function selectRange(start, end) {
    var from = position(start);
    var to = position(end);
    var selected = window.getSelection();
    selected.removeAllRanges();
    if (from && to && start < end) {
      var range = document.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      selected.addRange(range);
    }
    return selection();
  }

  function report() {
    var current = selection();
    if (current === lastReported || !bridge) {
      return;
    }
    lastReported = current;
    if (current === '') {
      bridge.clearSelection(token);
    } else {
      var span = current.split(' ');
      bridge.select(token, Number(span[0]), Number(span[1]));
    }
  }

  function runsOf(id) {
    return /^[0-9]+$/.test(String(id))
      ? document.querySelectorAll('.fm-hl[data-ann~="' + id + '"]') : [];
  }

  function setSelected(id) {
    var old = document.querySelectorAll('.fm-sel');
    for (var i = 0; i < old.length; i++) {
      old[i].classList.remove('fm-sel', 'fm-sel-start', 'fm-sel-end');
    }
    var runs = runsOf(id);
    for (var j = 0; j < runs.length; j++) {
      runs[j].classList.add('fm-sel');
    }
    // A highlight is one stretch of text per block: its first and last run there get the ends
    // of the outline.
    for (var k = 0; k < runs.length; k++) {
      var block = runs[k].closest('[data-start]');
      if (k === 0 || runs[k - 1].closest('[data-start]') !== block) {
        runs[k].classList.add('fm-sel-start');
      }
      if (k === runs.length - 1 || runs[k + 1].closest('[data-start]') !== block) {
        runs[k].classList.add('fm-sel-end');
      }
    }
  }

  function suggestionRunsOf(id) {
    return /^[0-9]+$/.test(String(id))
      ? document.querySelectorAll('.fm-sug[data-sug~="' + id + '"]') : [];
  }

  // Marks a suggestion as the selected one (or none) and scrolls it into view.
  function setSuggestion(id) {
    var old = document.querySelectorAll('.fm-sug-sel');
    for (var i = 0; i < old.length; i++) {
      old[i].classList.remove('fm-sug-sel');
    }
    var runs = suggestionRunsOf(id);
    for (var j = 0; j < runs.length; j++) {
      runs[j].classList.add('fm-sug-sel');
    }
    if (runs.length > 0) {
      runs[0].scrollIntoView({ block: 'center' });
    }
    return runs.length > 0;
  }

  function reveal(id) {
    var runs = runsOf(id);
    if (runs.length === 0) {
      return false;
    }
    runs[0].scrollIntoView({ block: 'center' });
    for (var i = 0; i < runs.length; i++) {
      runs[i].classList.remove('fm-flash');
      void runs[i].offsetWidth;
      runs[i].classList.add('fm-flash');
    }
    return true;
  }

  // Wraps the text of [start, end) in marks, one per text node it crosses, and returns them.
  function wrap(start, end) {
    var from = position(start);
    var to = position(end);
    if (!from || !to || start >= end) {
      return [];
    }
    var range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    var crossed = [];
    for (var i = 0; i < blocks.length; i++) {
      var walker = textNodes(blocks[i]);
      var node;
      while ((node = walker.nextNode())) {
        if (range.intersectsNode(node)) {
          crossed.push(node);
        }
      }
    }
    var marks = [];
    crossed.forEach(function (node) {
      var first = node === range.startContainer ? range.startOffset : 0;
      var last = node === range.endContainer ? range.endOffset : node.data.length;
      if (first >= last) {
        return;
      }
      if (last < node.data.length) {
        node.splitText(last);
      }
      var text = first > 0 ? node.splitText(first) : node;
      var mark = document.createElement('mark');
      mark.className = 'fm-hit';
      text.parentNode.insertBefore(mark, text);
      mark.appendChild(text);
      marks.push(mark);
    });
    return marks;
  }

  // Takes the search's marks out of the page, their text joined again to its neighbours.
  function unmarkHits() {
    var marks = document.querySelectorAll('mark.fm-hit');
    for (var i = 0; i < marks.length; i++) {
      var parent = marks[i].parentNode;
      while (marks[i].firstChild) {
        parent.insertBefore(marks[i].firstChild, marks[i]);
      }
      parent.removeChild(marks[i]);
      parent.normalize();
    }
    hits = [];
  }

  // Marks the search's hits, given as "start end start end ..." in code points of the canonical
  // text, in order; returns how many were marked. The same hits marked again stay as they are.
  function markHits(spans) {
    var given = String(spans);
    if (given === hitSpans && hits.length > 0) {
      return hits.length;
    }
    unmarkHits();
    hitSpans = given;
    currentHit = -1;
    var numbers = given.split(' ').filter(function (each) { return /^[0-9]+$/.test(each); }).map(Number);
    for (var i = 0; i + 1 < numbers.length; i += 2) {
      var marks = wrap(numbers[i], numbers[i + 1]);
      if (marks.length > 0) {
        hits.push(marks);
      }
    }
    return hits.length;
  }

  // Makes hit n the current one and, if asked, scrolls it into the middle of the view.
  function showHit(n, scroll) {
    var current = document.querySelectorAll('.fm-hit-current');
    for (var i = 0; i < current.length; i++) {
      current[i].classList.remove('fm-hit-current');
    }
    var marks = hits[Number(n)];
    if (!marks) {
      return false;
    }
    currentHit = Number(n);
    for (var j = 0; j < marks.length; j++) {
      marks[j].classList.add('fm-hit-current');
    }
    if (scroll === true) {
      marks[0].scrollIntoView({ block: 'center' });
    }
    return true;
  }

  // Changes the text size and keeps the first block in view where it was.
  function setZoom(percent) {
    var anchor = null;
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().bottom > 0) {
        anchor = blocks[i];
        break;
      }
    }
    var before = anchor ? anchor.getBoundingClientRect().top : 0;
    document.documentElement.style.setProperty('--fm-zoom', String(Number(percent) / 100));
    if (anchor) {
      window.scrollBy(0, anchor.getBoundingClientRect().top - before);
    }
  }

  // Swaps the blocks of a body written anew (the same text, other highlights) into the page in
  // one step, before the next paint: the search's marks, the selection and the scroll position
  // stay as they were. Returns false, changing nothing, when the body is not of this page.
  function redraw(body) {
    var fresh = document.createElement('template');
    fresh.innerHTML = String(body);
    var parts = fresh.content.querySelectorAll('[data-start]');
    if (parts.length !== blocks.length) {
      return false;
    }
    for (var i = 0; i < parts.length; i++) {
      if (Number(parts[i].getAttribute('data-start')) !== starts[i]) {
        return false;
      }
    }
    var selected = selection();
    var scroll = window.scrollY;
    var spans = hitSpans;
    var current = currentHit;
    hits = [];
    for (var j = 0; j < parts.length; j++) {
      while (blocks[j].firstChild) {
        blocks[j].removeChild(blocks[j].firstChild);
      }
      while (parts[j].firstChild) {
        blocks[j].appendChild(parts[j].firstChild);
      }
    }
    listenForFlashes();
    hitSpans = '';
    if (spans !== '') {
      markHits(spans);
      if (current >= 0) {
        showHit(current, false);
      }
    }
    if (selected !== '') {
      var ends = selected.split(' ');
      selectRange(Number(ends[0]), Number(ends[1]));
    }
    window.scrollTo(window.scrollX, scroll);
    return true;
  }

  function listenForFlashes() {
    document.querySelectorAll('.fm-hl').forEach(function (run) {
      run.addEventListener('animationend', function () { run.classList.remove('fm-flash'); });
    });
  }

  function setDark(dark) {
    document.documentElement.classList.toggle('fm-dark', dark === true);
  }

  function connect(javaBridge, pageToken) {
    if (bridge === null) {
      bridge = javaBridge;
      token = String(pageToken);
    }
  }

  function onClick(event) {
    var target = event.target instanceof Element ? event.target : event.target.parentElement;
    if (!target) {
      return;
    }
    var link = target.closest('a[href]');
    if (link) {
      event.preventDefault();
      if (bridge) {
        bridge.openOriginal(token);
      }
      return;
    }
    var run = target.closest('.fm-hl');
    if (run && bridge && window.getSelection().isCollapsed) {
      bridge.activate(token, run.getAttribute('data-ann'));
      return;
    }
    var suggested = target.closest('.fm-sug');
    if (suggested && bridge && window.getSelection().isCollapsed) {
      bridge.activateSuggestion(token, suggested.getAttribute('data-sug'));
    }
  }

  function start() {
    blocks = Array.prototype.slice.call(document.querySelectorAll('[data-start]'));
    starts = blocks.map(function (block) { return Number(block.getAttribute('data-start')); });
    lengths = blocks.map(blockLength);
    document.addEventListener('selectionchange', report);
    document.addEventListener('click', onClick);
    listenForFlashes();
  }

  Object.defineProperty(window, 'fm', {
    value: Object.freeze({
      connect: connect,
      reveal: reveal,
      markHits: markHits,
      redraw: redraw,
      showHit: showHit,
      setSelected: setSelected,
      setSuggestion: setSuggestion,
      selection: selection,
      selectRange: selectRange,
      setZoom: setZoom,
      setDark: setDark
    }),
    writable: false,
    configurable: false
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
