// Humo demo: LinkedIn legacy (Ember) feed. Plain DOM APIs only; post text never goes through
// innerHTML. Served at https://www.linkedin.com/feed/?humo-demo=legacy by the Playwright routes.
'use strict';
(() => {
  const VARIANT = 'linkedin-legacy';
  const QUERY = '?humo-demo=legacy';
  const PAGE_SIZE = 10;
  const SPINNER_MS = 150;

  /** @type {Array<any>} */
  let posts = [];
  let loaded = 0; // how many posts are in the feed (pages appended)
  let loading = false;
  let emberId = 100;
  const live = new Map(); // id -> post root element currently in the page
  const expanded = new Set();
  const demo = {
    rendered: new Set(),
    current: () =>
      [...live].filter(([, el]) => el.isConnected).map(([id, el]) => ({ id, el })),
    done: false,
    reused: 0,
  };
  window.__humoDemo = demo;

  const { headline, profileUrl, hashOf, initials, richText, cutPoint, es, CONNECTIONS } = window.HumoLinkedInDemo;

  // ---------- tiny DOM builder ----------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }
  const ember = () => `ember${emberId++}`;
  const inlineLink = (l) => h('a', { class: 'app-aware-link', href: l.href, target: '_self', 'data-test-app-aware-link': '' }, l.text);
  function avatar(a, size) {
    const hue = hashOf(a.id) % 360;
    return h('div', {
      class: `ivm-view-attr__img--centered EntityPhoto-circle-${size} avatar`,
      style: `--avatar-hue:${hue}`,
      'aria-hidden': 'true',
      text: initials(a.name),
    });
  }



  // ---------- one post ----------
  function renderPost(p, index) {
    const urn = `urn:li:activity:${p.id}`;
    const aggregate = p.repostedBy && index % 2 === 0;
    const rootUrn = aggregate ? `urn:li:aggregate:(${urn},${hashOf(p.repostedBy.id) % 100000})` : urn;
    const card = h('div', {
      class: 'feed-shared-update-v2 feed-shared-update-v2--minor-margin feed-shared-update-v2--e2e artdeco-card',
      role: 'article',
      'data-urn': urn,
      id: ember(),
      'data-view-tracking-scope':
        p.adSignal === 'trackingScope'
          ? JSON.stringify([{ breadcrumb: { content: { data: [77, 101], type: 'Buffer' } }, isSponsored: true, trackingId: 'x3Y9z' }])
          : JSON.stringify([{ breadcrumb: { content: { data: [12, 7], type: 'Buffer' } }, isSponsored: false }]),
    });

    // "why you see this" header: repost / suggested / likes
    const suggested = !p.ad && !p.repostedBy && index % 11 === 5;
    const liker = !p.ad && !p.repostedBy && !suggested && index % 13 === 7 ? CONNECTIONS[index % CONNECTIONS.length] : null;
    if (p.repostedBy || suggested || liker) {
      const view = h('span', { class: 'update-components-header__text-view' });
      const header = h('div', { class: 'update-components-header update-components-header--with-divider' });
      if (p.repostedBy) {
        header.append(h('a', { class: 'update-components-header__image-link', href: profileUrl(p.repostedBy), 'aria-hidden': 'true', tabindex: '-1' }, avatar(p.repostedBy, 24)));
        view.append(h('a', { class: 'app-aware-link', href: profileUrl(p.repostedBy) }, p.repostedBy.name), es(p) ? ' ha compartido esto' : ' reposted this');
      } else if (suggested) {
        view.append(es(p) ? 'Sugerencia' : 'Suggested');
      } else {
        view.append(es(p) ? `A ${liker} le gusta esto` : `${liker} likes this`);
      }
      header.append(h('div', { class: 'update-components-header__text-wrapper' }, view));
      card.append(header);
    }

    // actor block
    const a = p.author;
    const url = profileUrl(a) + (a.kind === 'page' ? 'posts' : `?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA${hashOf(a.id).toString(36)}`);
    const degree = a.kind === 'page' ? null : hashOf(a.id + index) % 3 ? ' • 2nd' : ' • 3rd+';
    const sub = p.ad ? (es(p) ? 'Promocionado' : 'Promoted') : `${p.time} • ${index % 4 === 1 ? (es(p) ? 'Editado • ' : 'Edited • ') : ''}🌐`;
    const followers = `${(hashOf(a.id) % 90000 + 1200).toLocaleString('en-US')} ${es(p) ? 'seguidores' : 'followers'}`;
    card.append(
      h('div', { class: 'update-components-actor display-flex update-components-actor--with-control-menu' },
        h('a', { class: 'update-components-actor__image relative', href: url, 'aria-label': `View: ${a.name}` }, avatar(a, 48)),
        h('div', { class: 'update-components-actor__container' },
          h('a', { class: 'update-components-actor__meta-link', href: url },
            h('span', { class: 'update-components-actor__title' },
              h('span', { class: 'update-components-actor__name hoverable-link-text t-14 t-bold t-black' },
                h('span', { dir: 'ltr' },
                  h('span', { 'aria-hidden': 'true' }, document.createComment(''), a.name, document.createComment('')),
                  h('span', { class: 'visually-hidden' }, a.name))),
              degree && h('span', { class: 'update-components-actor__supplementary-actor-info t-black--light' }, h('span', { 'aria-hidden': 'true' }, degree))),
            h('span', { class: 'update-components-actor__description t-12 t-black--light' },
              h('span', { 'aria-hidden': 'true' }, a.kind === 'page' ? followers : headline(a))),
            h('span', { class: 'update-components-actor__sub-description t-12 t-black--light' },
              h('span', { 'aria-hidden': 'true' }, sub),
              h('span', { class: 'visually-hidden' }, p.ad ? sub : `${p.time} ago`)))),
        h('div', { class: 'feed-shared-control-menu' },
          h('button', { class: 'feed-shared-control-menu__trigger artdeco-button artdeco-button--tertiary', type: 'button', 'aria-label': `Open control menu for post by ${a.name}` }, '⋯')),
        (a.kind === 'page' || suggested) &&
          h('button', { class: 'update-components-actor__follow-button artdeco-button artdeco-button--tertiary', type: 'button', 'aria-label': `Follow ${a.name}` }, es(p) ? '+ Seguir' : '+ Follow'),
      ),
    );

    // commentary with "…more"
    const isOpen = !p.truncated || expanded.has(p.id);
    const ltr = h('span', { dir: 'ltr' });
    richText(ltr, isOpen ? p.text : p.text.slice(0, cutPoint(p.text)).trimEnd(), p.links, inlineLink);
    const textBox = h('div', { class: 'feed-shared-inline-show-more-text feed-shared-update-v2__description', tabindex: '-1' },
      h('div', { class: 'update-components-text relative update-components-update-v2__commentary' },
        h('span', { class: 'break-words tvm-parent-container' }, ltr)));
    if (!isOpen) {
      const more = h('button', {
        class: 'feed-shared-inline-show-more-text__see-more-less-toggle see-more t-14 artdeco-button artdeco-button--tertiary',
        type: 'button',
        'aria-label': 'see more, visually reveals content which is already detected by screen readers',
      }, h('span', { 'aria-hidden': 'true' }, es(p) ? '…ver más' : '…more'));
      more.addEventListener('click', () => {
        expanded.add(p.id);
        ltr.replaceChildren();
        richText(ltr, p.text, p.links, inlineLink);
        more.remove();
      });
      textBox.append(more);
    }
    card.append(h('div', { class: 'feed-shared-update-v2__description-wrapper' }, textBox));

    // link preview card / ad call to action
    const firstLink = p.links && p.links[0];
    if (p.ad && p.adSignal === 'leadGenForm') {
      card.append(h('div', { class: 'update-components-article--with-large-image' },
        h('div', { class: 'update-components-image', 'aria-hidden': 'true' }),
        h('div', { class: 'update-components-article__description-container' },
          h('span', { class: 'update-components-article__title t-14 t-bold' }, es(p) ? 'Descarga la guía gratuita' : 'Download the free guide'),
          h('a', { class: 'update-components-button artdeco-button artdeco-button--secondary', href: `https://www.linkedin.com/leadGenForm/launch?formId=${hashOf(p.id) % 99999}&sponsored=true` }, es(p) ? 'Descargar' : 'Download'))));
    } else if (firstLink) {
      card.append(h('article', { class: 'update-components-article' },
        h('a', { class: 'update-components-article__meta', href: firstLink.href },
          h('span', { class: 'update-components-article__title t-14 t-bold' }, firstLink.text.split('/')[0]),
          h('span', { class: 'update-components-article__subtitle t-12' }, firstLink.text.split('/')[0]))));
    }

    // social counts + action bar
    const n = hashOf(p.id);
    const comments = p.comments || [];
    card.append(
      h('div', { class: 'social-details-social-counts' },
        h('span', { class: 'social-details-social-counts__reactions-count' }, String((n % 900) + 3)),
        h('button', { class: 'social-details-social-counts__comments', type: 'button' },
          `${comments.length + (n % 40)} ${es(p) ? 'comentarios' : 'comments'}`)),
      h('div', { class: 'feed-shared-social-action-bar' },
        ...(es(p) ? ['Recomendar', 'Comentar', 'Compartir', 'Enviar'] : ['Like', 'Comment', 'Repost', 'Send']).map((t) =>
          h('button', { class: 'artdeco-button artdeco-button--muted social-actions-button', type: 'button' }, t))),
    );

    // comments (never posts)
    if (comments.length) {
      const list = h('div', { class: 'comments-comments-list comments-comments-list--cr' });
      comments.forEach((c, i) => {
        const curl = profileUrl(c.author);
        list.append(h('article', { class: 'comments-comment-entity comments-comment-item', 'data-id': `urn:li:comment:(urn:li:activity:${p.id},${(n % 100000) * 10 + i})` },
          h('a', { class: 'comments-comment-meta__image-link', href: curl, 'aria-hidden': 'true', tabindex: '-1' }, avatar(c.author, 32)),
          h('div', { class: 'comments-comment-item__content' },
            h('a', { class: 'comments-comment-meta__description-container', href: curl },
              h('span', { class: 'comments-comment-meta__description-title' }, c.author.name)),
            h('div', { class: 'comments-comment-item__main-content' },
              h('div', { class: 'update-components-text relative' }, h('span', { dir: 'ltr' }, c.text))))));
      });
      card.append(list);
    }

    const root = h('div', { 'data-id': rootUrn, 'data-urn': rootUrn, class: 'relative', id: ember(), 'data-finite-scroll-hotkey-item': String(index) },
      h('div', { class: 'full-height' }, card));
    if (demo.rendered.has(p.id)) demo.reused++;
    demo.rendered.add(p.id);
    live.set(p.id, root);
    return root;
  }


  // ---------- page chrome ----------
  let feedEl = null;
  let spinner = null;
  let sentinel = null;
  function isForYou() {
    return location.pathname.startsWith('/feed/foryou');
  }
  function navLink(label, path, active) {
    const a = h('a', { class: `global-nav__primary-link${active ? ' global-nav__primary-link--active' : ''}`, href: path + QUERY, 'data-demo-route': path },
      h('span', { class: 'global-nav__primary-link-text' }, label));
    a.addEventListener('click', (e) => {
      e.preventDefault();
      if (location.pathname !== path) {
        history.pushState({}, '', path + QUERY);
        routeChanged();
      }
    });
    return a;
  }
  function chrome() {
    const nav = h('header', { id: 'global-nav', class: 'global-nav global-nav--v2', role: 'banner' },
      h('div', { class: 'global-nav__content' },
        h('a', { class: 'global-nav__logo', href: '/feed/' + QUERY, 'aria-label': 'LinkedIn' }, 'in'),
        h('input', { class: 'search-global-typeahead__input', placeholder: 'Search', 'aria-label': 'Search' }),
        h('nav', { class: 'global-nav__nav', 'aria-label': 'Primary Navigation' },
          h('ul', { class: 'global-nav__primary-items' },
            h('li', { class: 'global-nav__primary-item' }, navLink('Home', '/feed/', !isForYou())),
            h('li', { class: 'global-nav__primary-item' }, navLink('For you', '/feed/foryou/', isForYou())),
            ...['My Network', 'Jobs', 'Messaging', 'Notifications', 'Me'].map((t) =>
              h('li', { class: 'global-nav__primary-item' }, h('span', { class: 'global-nav__primary-link' }, t)))))));
    const left = h('aside', { class: 'scaffold-layout__sidebar', 'aria-label': 'Side Bar' },
      h('div', { class: 'artdeco-card feed-identity-module' },
        avatar({ id: 'in:you', name: 'Alex Demo' }, 72),
        h('div', { class: 'feed-identity-module__actor-meta t-16 t-bold' }, 'Alex Demo'),
        h('p', { class: 't-12 t-black--light' }, 'Humo demo feed · legacy DOM')));
    const share = h('div', { class: 'share-box-feed-entry__closed-share-box artdeco-card' },
      avatar({ id: 'in:you', name: 'Alex Demo' }, 48),
      h('button', { class: 'share-box-feed-entry__trigger artdeco-button', type: 'button' }, 'Start a post'));
    const sort = h('div', { class: 'feed-sort-toggle-dsa__wrapper' },
      h('hr', { class: 'feed-index-sort-border' }),
      h('span', { class: 't-12 t-black--light' }, 'Sort by: ', h('strong', {}, 'Top')));
    const main = h('main', { id: 'main', class: 'scaffold-layout__main', 'aria-label': 'Main Feed' },
      h('h2', { class: 'visually-hidden' }, 'Main Feed'), share, sort);
    const right = h('aside', { class: 'scaffold-layout__aside', 'aria-label': 'LinkedIn News' },
      h('div', { class: 'artdeco-card news-module' },
        h('h2', { class: 't-16 t-bold' }, 'LinkedIn News'),
        h('ul', {}, ...['Hiring picks up in logistics', 'Four-day week trials expand', 'AI skills in demand'].map((t) => h('li', { class: 't-14' }, t)))));
    const layout = h('div', { class: 'scaffold-layout scaffold-layout--sidebar-main-aside' },
      h('div', { class: 'scaffold-layout__inner' }, left, main, right));
    document.getElementById('app-root').replaceChildren(nav, layout);
    spinner = h('div', { class: 'artdeco-loader artdeco-loader--small feed-loader', hidden: true, role: 'progressbar', 'aria-label': 'Loading more updates' },
      h('div', { class: 'artdeco-loader__bars' }, ...[1, 2, 3].map(() => h('span', { class: 'artdeco-loader__bar' }))));
    sentinel = h('div', { class: 'scaffold-finite-scroll__sentinel', 'aria-hidden': 'true' });
    main.append(spinner, sentinel);
    return main;
  }

  function newFeedContainer() {
    const content = h('div', { class: 'scaffold-finite-scroll__content', 'data-finite-scroll-hotkey-context': 'FEED' });
    const container = h('div', { class: 'scaffold-finite-scroll scaffold-finite-scroll--infinite', id: ember() },
      h('h2', { class: 'visually-hidden' }, isForYou() ? 'For you' : 'Feed post'), content);
    return { container, content };
  }

  function appendPosts(content, from, to) {
    const frag = document.createDocumentFragment();
    for (let i = from; i < to; i++) frag.append(renderPost(posts[i], i));
    content.append(frag);
  }

  function maybeLoadMore() {
    if (loading || loaded >= posts.length || !sentinel) return;
    if (sentinel.getBoundingClientRect().top > innerHeight + 600) return;
    loading = true;
    spinner.hidden = false;
    setTimeout(() => {
      const next = Math.min(posts.length, loaded + PAGE_SIZE);
      appendPosts(feedEl.content, loaded, next);
      loaded = next;
      spinner.hidden = true;
      loading = false;
      if (loaded >= posts.length) demo.done = true;
      requestAnimationFrame(maybeLoadMore);
    }, SPINNER_MS);
  }

  function mountFeed() {
    const fresh = newFeedContainer();
    if (feedEl) feedEl.container.replaceWith(fresh.container);
    else spinner.before(fresh.container);
    live.clear();
    feedEl = fresh;
    appendPosts(fresh.content, 0, loaded);
  }

  function routeChanged() {
    document.title = isForYou() ? 'For you | LinkedIn' : 'Feed | LinkedIn';
    for (const a of document.querySelectorAll('[data-demo-route]')) {
      a.classList.toggle('global-nav__primary-link--active', a.getAttribute('data-demo-route') === (isForYou() ? '/feed/foryou/' : '/feed/'));
    }
    mountFeed();
    scrollTo(0, 0);
    requestAnimationFrame(maybeLoadMore);
  }

  function preload() {
    // /preload/: LinkedIn shows the feed inside a same-origin iframe.
    document.getElementById('app-root').replaceChildren(
      h('iframe', { class: 'preload-frame', src: '/feed/' + QUERY, title: 'LinkedIn feed' }));
  }

  async function start() {
    if (location.pathname.startsWith('/preload')) return preload();
    chrome();
    const res = await fetch(`/__demo/${VARIANT}/posts.json`);
    posts = (await res.json()).posts;
    loaded = Math.min(PAGE_SIZE, posts.length);
    mountFeed();
    if (loaded >= posts.length) demo.done = true;
    addEventListener('scroll', () => requestAnimationFrame(maybeLoadMore), { passive: true });
    addEventListener('resize', maybeLoadMore);
    addEventListener('popstate', routeChanged);
    new IntersectionObserver(maybeLoadMore, { rootMargin: '600px 0px' }).observe(sentinel);
  }
  start();
})();
