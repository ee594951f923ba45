/* Humo demo: an x.com-like home timeline, a single-page app with a virtualised, recycling list.
 *
 * - Routes: /home (tab "For you"), /home?tab=following (tab "Following"), /explore (no
 *   timeline), anything else: a placeholder page. Same-origin link clicks use pushState; the
 *   Back button works (popstate). Switching tab REPLACES the timeline element.
 * - Virtualisation: about 12 `cellInnerDiv` cells live in the list, absolutely positioned with
 *   translateY. A cell that scrolls out of the window is reused IN PLACE for the post that
 *   scrolls in (same cellInnerDiv, same article, updated text/attributes), like React does.
 * - Infinite scroll: pages of 20 posts with a 150 ms spinner cell, then an end cell.
 * - Ground truth for tests: window.__humoDemo (see the bottom of this file).
 * Post text is only ever inserted as text (createElement/textContent), never as HTML.
 * Nothing is fetched except /__demo/x/*.json. */
(function () {
  'use strict';

  var BASE = '/__demo/x/';
  var PAGE_SIZE = 20;
  var LOAD_DELAY_MS = 150;
  var OVERSCAN = 500;
  var MAX_CELLS = 14;
  var NOW = Date.parse('2026-11-20T19:45:00Z');
  var SVG_NS = 'http://www.w3.org/2000/svg';

  // ---------------------------------------------------------------- UI language (?hl=es)
  var hl = new URLSearchParams(location.search).get('hl');
  try {
    if (hl) sessionStorage.setItem('humo-demo-hl', hl);
    else hl = sessionStorage.getItem('humo-demo-hl');
  } catch { /* storage may be unavailable */ }
  var UI = hl === 'es'
    ? { forYou: 'Para ti', following: 'Siguiendo', home: 'Inicio', explore: 'Explorar', reposted: function (n) { return n + ' lo reposteó'; }, pinned: 'Fijado', ad: 'Anuncio', showMore: 'Mostrar más', end: 'Ya estás al día', whatsHappening: '¿Qué está pasando?', more: 'Más opciones', timeline: 'Tu cronología de inicio' }
    : { forYou: 'For you', following: 'Following', home: 'Home', explore: 'Explore', reposted: function (n) { return n + ' reposted'; }, pinned: 'Pinned', ad: 'Ad', showMore: 'Show more', end: 'You’re all caught up', whatsHappening: 'What is happening?!', more: 'More', timeline: 'Your Home Timeline' };
  if (hl === 'es') document.documentElement.lang = 'es';

  // ---------------------------------------------------------------- tiny DOM helpers
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] != null) el.setAttribute(k, attrs[k]);
    for (var i = 2; i < arguments.length; i++) {
      var kid = arguments[i];
      if (kid == null) continue;
      el.append(typeof kid === 'string' ? document.createTextNode(kid) : kid);
    }
    return el;
  }
  function icon(d) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    var g = document.createElementNS(SVG_NS, 'g');
    var path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    g.append(path);
    svg.append(g);
    return svg;
  }
  function setAttr(el, name, value) {
    if (value == null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function setText(el, text) {
    // Update the existing text node in place where there is one (what React does).
    if (el.childNodes.length === 1 && el.firstChild.nodeType === 3) {
      if (el.firstChild.nodeValue !== text) el.firstChild.nodeValue = text;
    } else el.textContent = text;
  }
  /** Insert `child` into `parent` before `before` unless it is already there; or remove it. */
  function place(parent, child, present, before) {
    if (present) {
      if (child.parentNode !== parent) parent.insertBefore(child, before && before.parentNode === parent ? before : null);
    } else if (child.parentNode) child.parentNode.removeChild(child);
  }
  function hash(str) {
    var x = 0x811c9dc5;
    for (var i = 0; i < str.length; i++) { x ^= str.charCodeAt(i); x = Math.imul(x, 0x01000193); }
    return x >>> 0;
  }

  var ICONS = {
    reply: 'M1.75 10c0-4.4 3.6-8 8-8h4.4c4.4 0 8.1 3.6 8.1 8.1 0 2.9-1.6 5.6-4.1 7l-8.1 4.5v-3.7h-.1c-4.5.1-8.2-3.4-8.2-7.9z',
    retweet: 'M4.5 3.9l4.4 4.1-1.4 1.5-2-1.9V16c0 1.1.9 2 2 2H13v2H7.5c-2.2 0-4-1.8-4-4V7.6l-2 1.9L.1 8l4.4-4.1zM16.5 6H11V4h5.5c2.2 0 4 1.8 4 4v8.4l2-1.9 1.4 1.5-4.4 4.1-4.4-4.1 1.4-1.5 2 1.9V8c0-1.1-.9-2-2-2z',
    like: 'M16.7 3.5c-1.8-.1-3.6.8-4.7 2.4-1.1-1.6-2.9-2.5-4.7-2.4C4.4 3.6 2 6.1 2 9.1c0 5.5 8.2 10.6 10 11.6 1.8-1 10-6.1 10-11.6 0-3-2.4-5.5-5.3-5.6z',
    views: 'M8.75 21V3h2v18h-2zM18 21V8.5h2V21h-2zM4 21l.004-10h2L6 21H4zm9.248 0v-7h2v7h-2z',
    bookmark: 'M4 4.5C4 3.1 5.1 2 6.5 2h11C18.9 2 20 3.1 20 4.5v18.4l-8-5.7-8 5.7V4.5z',
    share: 'M12 2.6l5.7 5.6-1.4 1.4L13 6.4V16h-2V6.4L7.7 9.6 6.3 8.2 12 2.6zM21 15l-.02 3.5c0 1.4-1.1 2.5-2.5 2.5H5.5C4.1 21 3 19.9 3 18.5V15h2v3.5c0 .3.2.5.5.5h13c.3 0 .5-.2.5-.5L19 15h2z',
    pin: 'M7 4.5C7 3.1 8.1 2 9.5 2h5C15.9 2 17 3.1 17 4.5v5.8l2.8 3.7h-6.8v6l-1 2-1-2v-6H4.2L7 10.3V4.5z',
    // The promoted marker: the path ends with "10H8.996V8h7v7z" like X's (the rest is ours).
    promoted: 'M19.498 3h-15c-1.381 0-2.5 1.12-2.5 2.5v13c0 1.38 1.119 2.5 2.5 2.5h15c1.381 0 2.5-1.12 2.5-2.5v-13c0-1.38-1.119-2.5-2.5-2.5zm-3.502 12h-2v-3.59l-5.293 5.3-1.414-1.42L12.581 10H8.996V8h7v7z',
  };

  var COLORS = ['#1d9bf0', '#f91880', '#7856ff', '#ff7a00', '#00ba7c', '#e0245e', '#794bc4', '#17bf63', '#b88a00', '#2e6f95'];
  function avatarColor(handle) { return COLORS[hash(handle) % COLORS.length]; }
  function initials(name) {
    var words = name.replace(/[^\p{L}\p{N}\s&]/gu, ' ').split(/\s+/).filter(function (w) { return /\p{L}/u.test(w); });
    return ((words[0] || '?')[0] + (words[1] ? words[1][0] : '')).toUpperCase();
  }
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function relTime(iso) {
    var t = Date.parse(iso);
    var mins = Math.max(1, Math.round((NOW - t) / 60000));
    if (mins < 60) return mins + 'm';
    if (mins < 60 * 24) return Math.floor(mins / 60) + 'h';
    var d = new Date(t);
    return MONTHS[d.getUTCMonth()] + ' ' + d.getUTCDate();
  }
  function fullTime(iso) {
    var d = new Date(iso);
    return d.getUTCHours() + ':' + String(d.getUTCMinutes()).padStart(2, '0') + ' · ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCDate() + ', ' + d.getUTCFullYear();
  }
  function compact(n) {
    if (n >= 1e6) return (n / 1e6).toFixed(1).replace(/\.0$/, '') + 'M';
    if (n >= 1e4) return Math.round(n / 1e3) + 'K';
    if (n >= 1e3) return (n / 1e3).toFixed(1).replace(/\.0$/, '') + 'K';
    return n ? String(n) : '';
  }

  // ---------------------------------------------------------------- post text → DOM
  var TOKEN_RE = /(https?:\/\/[^\s]+)|(@[A-Za-z0-9_]{1,15})|(#[\p{L}\p{N}_]+)|(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*\uFE0F?)/gu;
  var TRAILING_PUNCT = /[.,;:!?)»"']+$/;

  function tcoFor(url) {
    var alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    var a = hash(url), b = hash(url + '#'), out = '';
    for (var i = 0; i < 10; i++) { var n = i < 5 ? a : b; out += alphabet[n % 62]; if (i < 5) a = Math.floor(a / 62) + i * 7; else b = Math.floor(b / 62) + i * 11; }
    return 'https://t.co/' + out;
  }
  function emojiSrc(emoji) {
    var svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><text x="0" y="30" font-size="30">' + emoji + '</text></svg>';
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }
  /** A link the way X renders it: href to t.co; the text is the real URL with the scheme and the
   * part after 23 characters hidden, plus a visible ellipsis. Some links also carry a title. */
  function linkNode(url, withTitle) {
    var m = /^(https?:\/\/(?:www\.)?)(.*)$/.exec(url);
    var prefix = m ? m[1] : '';
    var bare = m ? m[2] : url;
    var shown = bare.slice(0, 23);
    var rest = bare.slice(23);
    var a = h('a', { href: tcoFor(url), rel: 'noopener noreferrer nofollow', target: '_blank', role: 'link', dir: 'ltr', title: withTitle ? url : null });
    a.append(h('span', { class: 'url-hidden', 'aria-hidden': 'true' }, prefix), shown);
    if (rest) a.append(h('span', { class: 'url-hidden', 'aria-hidden': 'true' }, rest), h('span', { 'aria-hidden': 'true' }, '…'));
    return a;
  }
  function renderText(container, text, postId) {
    var emojiAsImg = hash(postId) % 3 !== 0;
    var withTitle = hash(postId + 't') % 2 === 0;
    var nodes = [];
    var last = 0;
    var plain = function (s) { if (s) nodes.push(h('span', null, s)); };
    TOKEN_RE.lastIndex = 0;
    var m;
    while ((m = TOKEN_RE.exec(text))) {
      plain(text.slice(last, m.index));
      last = m.index + m[0].length;
      if (m[1]) {
        var url = m[1].replace(TRAILING_PUNCT, '');
        nodes.push(linkNode(url, withTitle));
        last = m.index + url.length;
      } else if (m[2]) {
        nodes.push(h('div', { class: 'inline' }, h('span', null, h('a', { href: '/' + m[2].slice(1), role: 'link', dir: 'ltr' }, m[2]))));
      } else if (m[3]) {
        nodes.push(h('span', null, h('a', { href: '/hashtag/' + encodeURIComponent(m[3].slice(1)) + '?src=hashtag_click', role: 'link', dir: 'ltr' }, m[3])));
      } else if (m[4]) {
        if (emojiAsImg) nodes.push(h('img', { alt: m[4], draggable: 'false', src: emojiSrc(m[4]), title: m[4] }));
        else plain(m[4]);
      }
    }
    plain(text.slice(last));
    container.replaceChildren.apply(container, nodes);
  }
  /** The visible part of a truncated post: cut at a word boundary before ~260 characters. */
  function cutText(text) {
    var limit = 260;
    var cut = text.lastIndexOf(' ', limit);
    var nl = text.lastIndexOf('\n', limit);
    return text.slice(0, Math.max(cut, nl, 120)).replace(/\s+$/, '');
  }

  // ---------------------------------------------------------------- ground truth
  var demo = {
    /** Every post id ever rendered in a cell (both tabs). */
    rendered: new Set(),
    /** Which post each live cell of the current timeline shows now. */
    current: function () { return active ? active.current() : []; },
    /** All pages of the current timeline are loaded and its end cell was rendered. */
    done: false,
    /** How many times a cell node was re-used to show a different post. */
    reused: 0,
    /** Cells removed from the DOM (instead of being reused). */
    removed: 0,
    /** 'for-you' | 'following' | null (no timeline on this route). */
    tab: null,
  };
  window.__humoDemo = demo;

  var expanded = new Set();
  var feedCache = {};
  function loadFeed(file) {
    if (!feedCache[file]) feedCache[file] = fetch(BASE + file).then(function (r) { return r.json(); }).then(function (d) { return d.posts; });
    return feedCache[file];
  }

  // ---------------------------------------------------------------- one post cell
  /** Builds the article skeleton once per cell; fillPost() updates it in place for any post. */
  function buildSkeleton() {
    var r = {};
    r.box = h('div', { class: 'cell-box' });
    r.wrap = h('div');
    r.article = h('article', { 'aria-labelledby': '', role: 'article', tabindex: '0', 'data-testid': 'tweet' });
    r.inner = h('div');
    r.social = h('div', { class: 'social' });
    r.row = h('div', { class: 'row' });
    r.avatarLink = h('a', { href: '/', role: 'link', tabindex: '-1', 'aria-hidden': 'true' });
    r.avatar = h('div', { class: 'avatar' }, '');
    r.avatarLink.append(r.avatar);
    r.avatarContainer = h('div', { 'data-testid': 'UserAvatar-Container-unknown' }, r.avatarLink);
    r.avatarCol = h('div', { class: 'avatar-col' }, h('div', { 'data-testid': 'Tweet-User-Avatar' }, r.avatarContainer));
    r.body = h('div', { class: 'body' });
    r.header = h('div', { class: 'header' });
    r.nameSpan = h('span', { class: 'name' }, '');
    r.nameLink = h('a', { href: '/', role: 'link' }, r.nameSpan);
    r.handleSpan = h('span', null, '');
    r.handleLink = h('a', { href: '/', role: 'link', tabindex: '-1' }, r.handleSpan);
    r.dot = h('div', { 'aria-hidden': 'true' }, h('span', null, '·'));
    r.time = h('time', { datetime: '' }, '');
    r.timeLink = h('a', { href: '/', role: 'link', dir: 'ltr' }, r.time);
    r.timeWrap = h('div', null, r.timeLink);
    r.handleRow = h('div', { class: 'handle-row' }, h('div', null, r.handleLink), r.dot, r.timeWrap);
    r.userName = h('div', { 'data-testid': 'User-Name' }, h('div', null, r.nameLink), r.handleRow);
    r.adLabel = h('div', { class: 'ad-label' }, icon(ICONS.promoted), h('span', null, UI.ad));
    r.caret = h('button', { type: 'button', 'aria-label': UI.more, 'data-testid': 'caret', class: 'caret' }, '⋯');
    r.header.append(r.userName, r.caret);
    r.text = h('div', { dir: 'auto', lang: 'en', 'data-testid': 'tweetText' });
    r.showMore = h('button', { type: 'button', role: 'button', 'data-testid': 'tweet-text-show-more-link' }, UI.showMore);
    r.quote = null;
    r.group = buildGroup(r);
    r.body.append(r.header, r.text, r.group);
    r.row.append(r.avatarCol, r.body);
    r.inner.append(r.row);
    r.article.append(r.inner);
    r.wrap.append(r.article);
    r.box.append(r.wrap);
    r.post = null;
    r.showMore.addEventListener('click', function (ev) {
      ev.preventDefault();
      ev.stopPropagation();
      if (!r.post) return;
      expanded.add(r.post.id);
      renderText(r.text, r.post.text, r.post.id);
      place(r.body, r.showMore, false);
    });
    return r;
  }
  function buildGroup(r) {
    var g = h('div', { role: 'group', 'aria-label': '', id: '' });
    r.counts = {};
    [['reply', 'Reply', 'Replies', ICONS.reply], ['retweet', 'Repost', 'Reposts', ICONS.retweet], ['like', 'Like', 'Likes', ICONS.like]].forEach(function (spec) {
      var count = h('span', null, '');
      var btn = h('button', { type: 'button', 'data-testid': spec[0], 'aria-label': spec[1] }, icon(spec[3]), count);
      r.counts[spec[0]] = { btn: btn, count: count, label: spec[1], plural: spec[2] };
      g.append(h('div', null, btn));
    });
    r.viewsCount = h('span', null, '');
    r.viewsLink = h('a', { href: '/', role: 'link', 'aria-label': '' }, icon(ICONS.views), r.viewsCount);
    g.append(h('div', null, r.viewsLink));
    g.append(h('div', null, h('button', { type: 'button', 'data-testid': 'bookmark', 'aria-label': 'Bookmark' }, icon(ICONS.bookmark))));
    g.append(h('div', null, h('button', { type: 'button', 'aria-label': 'Share post' }, icon(ICONS.share))));
    return g;
  }
  function buildQuote() {
    var q = {};
    q.avatar = h('div', { class: 'avatar tiny' }, '');
    q.avatarContainer = h('div', { 'data-testid': 'UserAvatar-Container-unknown' }, q.avatar);
    q.name = h('span', { class: 'name' }, '');
    q.handle = h('span', null, '');
    q.time = h('time', { datetime: '' }, '');
    q.userName = h('div', { 'data-testid': 'User-Name' }, q.avatarContainer, h('div', null, q.name), h('div', { class: 'handle-row' }, q.handle, h('span', { 'aria-hidden': 'true' }, '·'), q.time));
    q.text = h('div', { dir: 'auto', lang: 'en', 'data-testid': 'tweetText' });
    q.root = h('div', { role: 'link', tabindex: '0', class: 'quote' }, h('div', { class: 'header' }, q.userName), q.text);
    return q;
  }

  function fillPost(r, post) {
    var handle = post.author.id;
    var ad = Boolean(post.ad);
    r.post = post;
    // Wrapper: ads sit under a placementTracking element.
    setAttr(r.wrap, 'data-testid', ad ? 'placementTracking' : null);
    setAttr(r.article, 'aria-labelledby', 'id__' + post.id);

    // Social context: "<Name> reposted" (a link to the reposter) or "Pinned".
    if (post.repostedBy || post.pinned) {
      var sc;
      if (post.repostedBy) {
        sc = h('a', { href: '/' + post.repostedBy.id, role: 'link', dir: 'ltr' }, h('span', { 'data-testid': 'socialContext' }, UI.reposted(post.repostedBy.name)));
        r.social.replaceChildren(icon(ICONS.retweet), h('div', null, sc));
      } else {
        r.social.replaceChildren(icon(ICONS.pin), h('div', null, h('div', { 'data-testid': 'socialContext' }, UI.pinned)));
      }
      place(r.inner, r.social, true, r.row);
    } else place(r.inner, r.social, false);

    // Avatar.
    setAttr(r.avatarContainer, 'data-testid', 'UserAvatar-Container-' + handle);
    setAttr(r.avatarLink, 'href', '/' + handle);
    r.avatar.style.background = avatarColor(handle);
    setText(r.avatar, initials(post.author.name));

    // Names, time, Ad label.
    setAttr(r.nameLink, 'href', '/' + handle);
    setText(r.nameSpan, post.author.name);
    setAttr(r.handleLink, 'href', '/' + handle);
    setText(r.handleSpan, '@' + handle);
    place(r.handleRow, r.dot, !ad, r.timeWrap);
    place(r.timeWrap, r.timeLink, !ad);
    if (!ad) {
      setAttr(r.timeLink, 'href', '/' + handle + '/status/' + post.id);
      setAttr(r.timeLink, 'aria-label', fullTime(post.time));
      setAttr(r.time, 'datetime', post.time);
      setText(r.time, relTime(post.time));
    }
    place(r.header, r.adLabel, ad, r.caret);

    // Text, "Show more".
    setAttr(r.text, 'lang', post.lang);
    setAttr(r.text, 'id', 'id__' + post.id);
    var truncated = Boolean(post.truncated) && !expanded.has(post.id);
    renderText(r.text, truncated ? cutText(post.text) : post.text, post.id);
    place(r.body, r.showMore, truncated, r.text.nextSibling);

    // Quoted post: a role=link block, not an article.
    if (post.quote) {
      if (!r.quote) r.quote = buildQuote();
      var q = r.quote, qa = post.quote.author;
      setAttr(q.avatarContainer, 'data-testid', 'UserAvatar-Container-' + qa.id);
      q.avatar.style.background = avatarColor(qa.id);
      setText(q.avatar, initials(qa.name));
      setText(q.name, qa.name);
      setText(q.handle, '@' + qa.id);
      var qt = new Date(Date.parse(post.time) - 3 * 3600 * 1000).toISOString();
      setAttr(q.time, 'datetime', qt);
      setText(q.time, relTime(qt));
      setAttr(q.text, 'lang', post.lang);
      renderText(q.text, post.quote.text, post.quote.id);
      place(r.body, q.root, true, r.group);
    } else if (r.quote) place(r.body, r.quote.root, false);

    // Action bar.
    var seed = hash(post.id);
    var n = { reply: seed % 90, retweet: (seed >>> 7) % 400, like: (seed >>> 3) % 4200, views: 800 + ((seed >>> 5) % 240000) };
    Object.keys(r.counts).forEach(function (k) {
      setText(r.counts[k].count, compact(n[k]));
      setAttr(r.counts[k].btn, 'aria-label', n[k] + ' ' + (n[k] === 1 ? r.counts[k].label : r.counts[k].plural) + '. ' + r.counts[k].label);
    });
    setAttr(r.viewsLink, 'href', '/' + handle + '/status/' + post.id + '/analytics');
    setAttr(r.viewsLink, 'aria-label', n.views + ' views. View post analytics');
    setText(r.viewsCount, compact(n.views));
    setAttr(r.group, 'aria-label', n.reply + ' replies, ' + n.retweet + ' reposts, ' + n.like + ' likes, ' + n.views + ' views');
  }

  // ---------------------------------------------------------------- the virtualised timeline
  function estimateHeight(item) {
    if (item.type === 'spinner') return 74;
    if (item.type === 'end') return 68;
    var p = item.post;
    var chars = p.truncated && !expanded.has(p.id) ? 260 : p.text.length;
    var lines = Math.ceil(chars / 62) + (p.text.match(/\n/g) || []).length;
    return 96 + lines * 20 + (p.repostedBy || p.pinned ? 20 : 0) + (p.truncated ? 22 : 0) + (p.quote ? 40 + Math.ceil(p.quote.text.length / 60) * 20 : 0);
  }

  function Timeline(file, tab) {
    var self = this;
    this.file = file;
    this.tab = tab;
    this.posts = null;
    this.items = [];
    this.heights = [];
    this.tops = [];
    this.cells = new Map(); // item index -> cellInnerDiv
    this.state = new WeakMap(); // cellInnerDiv -> { key, kind, refs }
    this.next = 0;
    this.loading = false;
    this.finished = false;
    this.endShown = false;
    this.alive = true;
    this.timers = [];
    this.root = h('div', { 'aria-label': 'Timeline: ' + UI.timeline });
    this.list = h('div', { style: 'position: relative; min-height: 0px;' });
    this.root.append(this.list);
    this.resizeObserver = new ResizeObserver(function () { self.schedule(); });
    this.onScroll = function () { self.schedule(); };
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll);
    loadFeed(file).then(function (posts) {
      if (!self.alive) return;
      self.posts = posts;
      self.loadMore();
    });
  }

  Timeline.prototype.destroy = function () {
    this.alive = false;
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    this.resizeObserver.disconnect();
    this.timers.forEach(clearTimeout);
    if (this.raf) cancelAnimationFrame(this.raf);
  };

  Timeline.prototype.schedule = function () {
    var self = this;
    if (this.pending) return;
    this.pending = true;
    var run = function () {
      if (!self.pending) return;
      self.pending = false;
      self.update();
    };
    this.raf = requestAnimationFrame(run);
    this.timers.push(setTimeout(run, 100)); // rAF is throttled in background tabs
  };

  Timeline.prototype.loadMore = function () {
    var self = this;
    if (this.loading || this.finished || !this.posts) return;
    this.loading = true;
    this.items.push({ type: 'spinner', key: 'spinner-' + this.next });
    this.heights.push(null);
    this.schedule();
    this.timers.push(setTimeout(function () {
      if (!self.alive) return;
      self.items.pop();
      self.heights.pop();
      var batch = self.posts.slice(self.next, self.next + PAGE_SIZE);
      self.next += batch.length;
      batch.forEach(function (post) { self.items.push({ type: 'post', key: post.id, post: post }); self.heights.push(null); });
      if (self.next >= self.posts.length) {
        self.items.push({ type: 'end', key: 'end' });
        self.heights.push(null);
        self.finished = true;
      }
      self.loading = false;
      self.update();
    }, LOAD_DELAY_MS));
  };

  Timeline.prototype.heightOf = function (i) {
    var hgt = this.heights[i];
    return hgt == null ? estimateHeight(this.items[i]) : hgt;
  };

  Timeline.prototype.layout = function () {
    var top = 0;
    this.tops.length = this.items.length;
    for (var n = 0; n < this.items.length; n++) { this.tops[n] = top; top += this.heightOf(n); }
    this.list.style.minHeight = top + 'px';
    var self = this;
    this.cells.forEach(function (cell, i) {
      var tf = 'translateY(' + self.tops[i] + 'px)';
      if (cell.style.transform !== tf) cell.style.transform = tf;
    });
    return top;
  };

  /** The item range to render: what is on screen plus OVERSCAN px either side, at most MAX_CELLS. */
  Timeline.prototype.range = function () {
    var n = this.items.length;
    if (!n) return [0, -1];
    var listTop = this.list.getBoundingClientRect().top;
    var viewTop = -listTop, viewBottom = -listTop + window.innerHeight;
    var first = 0;
    while (first < n - 1 && this.tops[first] + this.heightOf(first) < viewTop - OVERSCAN) first++;
    var last = first;
    while (last < n - 1 && this.tops[last + 1] < viewBottom + OVERSCAN) last++;
    while (last - first + 1 > MAX_CELLS) {
      // Drop from whichever side is further from the visible area.
      var above = viewTop - (this.tops[first] + this.heightOf(first));
      var below = this.tops[last] - viewBottom;
      if (above > below) first++; else last--;
    }
    return [first, last];
  };

  Timeline.prototype.render = function (cell, item) {
    var st = this.state.get(cell);
    if (st.key === item.key) return;
    if (item.type === 'post') {
      if (!st.refs) st.refs = buildSkeleton();
      if (st.kind === 'post') demo.reused++;
      if (st.kind !== 'post') cell.replaceChildren(st.refs.box);
      fillPost(st.refs, item.post);
      demo.rendered.add(item.post.id);
    } else if (item.type === 'spinner') {
      cell.replaceChildren(h('div', { class: 'spinner-cell' }, h('div', { role: 'progressbar', 'aria-valuemax': '100', 'aria-valuemin': '0', class: 'spinner' })));
    } else {
      cell.replaceChildren(h('div', { class: 'end-cell' }, h('span', null, UI.end)));
      this.endShown = true;
    }
    st.kind = item.type;
    st.key = item.key;
  };

  Timeline.prototype.update = function () {
    if (!this.alive || !this.root.isConnected) return;
    var self = this;
    this.layout();
    var r = this.range();
    var first = r[0], last = r[1];
    var free = [], gone = [];
    this.cells.forEach(function (cell, i) { if (i < first || i > last) { free.push(cell); gone.push(i); } });
    gone.forEach(function (i) { self.cells.delete(i); });
    // Reuse the cell furthest away first (the one that just scrolled out).
    for (var k = first; k <= last; k++) {
      if (this.cells.has(k)) continue;
      var slot = free.pop();
      if (!slot) {
        slot = h('div', { 'data-testid': 'cellInnerDiv', style: 'transform: translateY(0px); position: absolute; width: 100%;' });
        this.state.set(slot, { key: null, kind: null, refs: null });
        this.list.append(slot);
        this.resizeObserver.observe(slot);
      }
      this.cells.set(k, slot);
    }
    free.forEach(function (cell) {
      self.resizeObserver.unobserve(cell);
      cell.remove();
      demo.removed++;
    });
    this.cells.forEach(function (cell, idx) { self.render(cell, self.items[idx]); });
    this.layout();

    // Measure what is rendered; keep the first visible item in place if heights above it change.
    var anchor = first, listTop = this.list.getBoundingClientRect().top;
    for (var a = first; a <= last; a++) { if (this.tops[a] + this.heightOf(a) > -listTop) { anchor = a; break; } }
    var shiftAbove = 0, changed = false;
    this.cells.forEach(function (cell, idx) {
      var hgt = cell.offsetHeight;
      if (hgt > 0 && hgt !== self.heights[idx]) {
        if (idx < anchor && -listTop > 0) shiftAbove += hgt - self.heightOf(idx);
        self.heights[idx] = hgt;
        changed = true;
      }
    });
    if (changed) {
      this.layout();
      if (shiftAbove) window.scrollBy(0, shiftAbove);
      this.schedule();
    }
    if (this.finished && this.endShown && active === this) demo.done = true;
    if (!this.finished && !this.loading && last >= this.items.length - 4) this.loadMore();
  };

  Timeline.prototype.current = function () {
    var out = [];
    var self = this;
    this.cells.forEach(function (cell, i) {
      var item = self.items[i];
      if (item && item.type === 'post' && cell.isConnected) out.push({ id: item.post.id, cell: cell });
    });
    return out;
  };

  // ---------------------------------------------------------------- routes
  var primary = document.getElementById('primaryColumn');
  var active = null;
  var home = null; // { section, tabs }

  function homeTab() {
    return new URLSearchParams(location.search).get('tab') === 'following' ? 'following' : 'for-you';
  }
  function buildHome() {
    var tabFor = h('a', { href: '/home', role: 'tab', 'aria-selected': 'true', 'data-tab': 'for-you' }, h('span', null, UI.forYou));
    var tabFol = h('a', { href: '/home?tab=following', role: 'tab', 'aria-selected': 'false', 'data-tab': 'following' }, h('span', null, UI.following));
    var tablist = h('div', { role: 'tablist', class: 'tablist', 'data-testid': 'ScrollSnap-List' }, h('div', { role: 'presentation' }, tabFor), h('div', { role: 'presentation' }, tabFol));
    var topbar = h('div', { class: 'topbar' }, h('h2', { class: 'visually-hidden', role: 'heading' }, UI.home), tablist);
    var composer = h('div', { class: 'composer' }, h('div', { class: 'avatar small', style: 'background:#1d9bf0' }, 'DR'), h('span', null, UI.whatsHappening));
    var section = h('section', { 'aria-labelledby': 'accessible-list-0', role: 'region' }, h('h1', { id: 'accessible-list-0', class: 'visually-hidden', role: 'heading', 'aria-level': '1' }, UI.timeline));
    primary.replaceChildren(topbar, composer, section);
    return { section: section, tabs: [tabFor, tabFol] };
  }
  function showTimeline(tab) {
    if (!home || !home.section.isConnected) home = buildHome();
    home.tabs.forEach(function (t) { t.setAttribute('aria-selected', String(t.getAttribute('data-tab') === tab)); });
    if (active && active.tab === tab && active.root.isConnected) return;
    if (active) active.destroy();
    demo.done = false;
    demo.tab = tab;
    active = new Timeline(tab === 'following' ? 'following.json' : 'posts.json', tab);
    var old = home.section.querySelector('div[aria-label^="Timeline"]');
    if (old) old.replaceWith(active.root); // the timeline element is swapped, as X does
    else home.section.append(active.root);
    document.title = (tab === 'following' ? UI.following : UI.home) + ' / X';
    window.scrollTo(0, 0);
    active.schedule();
  }
  function leaveHome() {
    if (active) active.destroy();
    active = null;
    home = null;
    demo.done = false;
    demo.tab = null;
  }
  function showExplore() {
    leaveHome();
    var trends = [['Trending in Spain', 'Roscón', '7,902 posts'], ['Technology · Trending', '#TypeScript', '12.5K posts'], ['Sports · Trending', 'VAR', '18.4K posts'], ['Trending in United Kingdom', '#BlackFriday', '52.1K posts'], ['Science · Trending', '#Geminids', '3,410 posts']];
    var list = trends.map(function (t) {
      return h('a', { href: '/search?q=' + encodeURIComponent(t[1]), role: 'link', class: 'explore-trend', 'data-testid': 'trend' }, h('span', { class: 'muted' }, t[0]), h('b', null, t[1]), h('span', { class: 'muted' }, t[2]));
    });
    var top = h('div', { class: 'topbar' }, h('h2', { role: 'heading' }, UI.explore));
    primary.replaceChildren(top, h('div', { class: 'page-pad' }, h('input', { type: 'search', 'aria-label': 'Search query', placeholder: 'Search', 'data-testid': 'SearchBox_Search_Input', class: 'explore-search' })), h('section', { 'aria-label': 'Trending', role: 'region' }, h('div', null, list)));
    document.title = UI.explore + ' / X';
    window.scrollTo(0, 0);
  }
  function showOther(path) {
    leaveHome();
    var top = h('div', { class: 'topbar' }, h('h2', { role: 'heading' }, path));
    primary.replaceChildren(top, h('div', { class: 'page-pad' }, h('p', null, 'This page is not part of the Humo demo. '), h('a', { href: '/home', class: 'back-link', role: 'link' }, '← ' + UI.home)));
    document.title = path.replace(/^\//, '') + ' / X';
    window.scrollTo(0, 0);
  }
  function route() {
    var path = location.pathname;
    if (path === '/' || path === '/home') showTimeline(homeTab());
    else if (path === '/explore') showExplore();
    else showOther(path);
    document.querySelectorAll('nav[aria-label="Primary navigation"] a').forEach(function (a) {
      setAttr(a, 'aria-current', a.getAttribute('href') === path || (path === '/' && a.getAttribute('href') === '/home') ? 'page' : null);
    });
  }

  history.scrollRestoration = 'manual';
  document.addEventListener('click', function (ev) {
    var a = ev.target instanceof Element ? ev.target.closest('a[href]') : null;
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    var url = new URL(a.getAttribute('href'), location.href);
    ev.preventDefault(); // external (t.co) links go nowhere in the demo: no network
    if (url.origin !== location.origin) return;
    if (url.pathname + url.search !== location.pathname + location.search) history.pushState(null, '', url.pathname + url.search);
    route();
  });
  window.addEventListener('popstate', route);
  route();
})();
