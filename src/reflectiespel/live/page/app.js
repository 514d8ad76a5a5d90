// The phone page. Everything people typed is shown with textContent: never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  // The words, in the session's language: the server put them in the page (live/phonetext.py).
  let TEXTS = {};
  try { TEXTS = JSON.parse($("texts").textContent); } catch (e) { TEXTS = {}; }
  function t(key, ...values) {
    const text = TEXTS[key] || key;
    return text.replace(/\{(\d+)\}/g, (whole, i) => (i < values.length ? String(values[i]) : whole));
  }
  // The token stays on the device (localStorage): a phone that lost its page, or whose browser closed the
  // tab, comes back to its own place without joining again.
  const store = { get: () => { try { return localStorage.getItem("reflectiespel-token"); } catch (e) { return null; } },
                  set: (v) => { try { localStorage.setItem("reflectiespel-token", v); } catch (e) { /* private mode */ } },
                  drop: () => { try { localStorage.removeItem("reflectiespel-token"); } catch (e) { /* private mode */ } } };
  let token = store.get();
  let asking = null; // the timer of a device that waits for the facilitator's yes
  let state = null;
  let stream = null;
  let dragging = false;
  let spot = null; // [x, y] of my dot, 0..1, y upwards

  // The status line (role=status: read out by screen readers). A message of this phone stays until it has
  // been readable for a while, or until a newer message of this phone replaces it: news from the server
  // (another phone, the facilitator) clears it only after that, unless the step it was about has gone.
  // It has its own strip at the foot of the screen, under the part that scrolls (style.css), so it never
  // lies on a control; while it is being read it stands out ("fresh"), then it stays there quietly.
  const message = { text: "", since: 0, hold: 0, step: null, passing: false };
  let clearing = null; // the timer that clears a message once it has been readable long enough
  let docking = null; // the timer that ends its standing out
  // What was last tapped: when the strip appears, the part above it gets shorter; the list moves up so that
  // the control (say "+ stem") is still in sight, for the next tap.
  let touched = null;
  document.addEventListener("click", (e) => {
    const control = e.target.closest && e.target.closest("button, input, select, textarea, #board");
    touched = control ? { node: control, y: e.clientY, at: performance.now() } : null;
  }, true);

  function keepTouchedInSight() {
    if (!touched || performance.now() - touched.at > 15000) return;
    const room = document.querySelector("main");
    const bottom = touched.node.isConnected ? touched.node.getBoundingClientRect().bottom : touched.y + 30;
    const below = bottom - room.getBoundingClientRect().bottom;
    if (below > 0) room.scrollTop += below + 8;
    touched = null;
  }

  function readable(text) { // milliseconds: at least five seconds, longer for a long sentence
    return Math.min(12000, Math.max(5000, 70 * text.length));
  }

  function say(text, ok, step, passing) {
    text = text || "";
    clearTimeout(clearing);
    clearTimeout(docking);
    clearing = docking = null;
    const node = $("message");
    if (node.textContent !== text) node.textContent = text; // the same words again: no flicker, no repeat
    node.classList.toggle("ok", !!ok);
    node.classList.toggle("fresh", !!text);
    Object.assign(message, { text: text, since: performance.now(), hold: readable(text),
                             step: step === undefined ? null : step, passing: !!passing });
    if (text && !passing) docking = setTimeout(() => node.classList.remove("fresh"), message.hold);
    if (text) requestAnimationFrame(keepTouchedInSight); // once the strip has its height
  }

  function sayForNow(text) { // about the connection: on screen until the next news from the server
    say(text, false, null, true);
  }

  function newsArrived() {
    if (!message.text) return;
    const now = state && state.step ? state.step.id : null;
    const left = message.hold - (performance.now() - message.since);
    // the facilitator moved on: "your dot is on the board" is about a step that is no longer there
    if (message.passing || (message.step !== null && message.step !== now) || left <= 0) say("");
    else if (!clearing) clearing = setTimeout(() => say(""), left);
  }

  function leave(text) {
    token = null;
    store.drop();
    clearTimeout(asking);
    if (stream) { stream.close(); stream = null; }
    $("room").hidden = true;
    $("join").hidden = false;
    say(text);
  }

  async function call(path, body) {
    const step = body && body.step_id !== undefined ? body.step_id : null; // what a refusal is about
    let response;
    try {
      response = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + (token || "") },
        body: JSON.stringify(body || {}),
      });
    } catch (e) {
      say(t("unreachable"), false, step);
      return null;
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (response.status === 202 && data.waiting) { wait(data); return null; }
    if (response.status === 401) { leave(data.error); return null; }
    if (!response.ok) { say(data.error || t("failed"), false, step); return null; }
    return data;
  }

  function listen() {
    if (stream) stream.close();
    stream = new EventSource("/api/events?token=" + encodeURIComponent(token));
    stream.onmessage = (event) => { render(JSON.parse(event.data)); newsArrived(); };
    stream.addEventListener("gone", () => leave(t("removed")));
    stream.onerror = () => sayForNow(t("reconnecting"));
  }

  // A device that needs the facilitator's yes asks again every few seconds, with its ticket.
  function wait(data) {
    say(data.message, false, null, true);
    clearTimeout(asking);
    asking = setTimeout(async () => {
      const next = await call("/api/join/wait", { ticket: data.ticket });
      if (next) joined(next);
    }, 1000 * (data.again || 3));
  }

  $("join-form").hidden = false; // hidden in the HTML: a browser without JavaScript gets #no-script instead
  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    token = null;
    clearTimeout(asking);
    const data = await call("/api/join", { code: $("code").value, name: $("name").value });
    if (data) joined(data);
  });

  function joined(data) {
    token = data.token;
    store.set(token);
    $("join").hidden = true;
    $("room").hidden = false;
    render(data.state);
    say(data.state.anonymous ? t("joined_anonymous") : t("joined"), true);
    listen();
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function button(text, label, onClick, disabled) {
    const node = element("button", text, "secondary");
    node.type = "button";
    node.setAttribute("aria-label", label);
    node.disabled = !!disabled;
    node.addEventListener("click", onClick);
    return node;
  }

  function render(next) {
    if (state && next.version < state.version) return;
    state = next;
    $("join").hidden = true;
    $("room").hidden = false;
    $("who").textContent = state.name ? t("who_named", state.name) : t("who");
    const step = state.step;
    if (window.phoneClock) window.phoneClock.render(step ? state.clock : null); // the step's clock (clock.js)
    if (!step) {
      $("step-title").textContent = state.title;
      $("instruction").textContent = t("waiting");
      return;
    }
    const locked = step.locked;
    $("where").textContent = t("where", state.title, step.index, step.count);
    $("step-title").textContent = step.title;
    $("instruction").textContent = step.instruction;
    $("locked").hidden = !locked;
    const voting = step.budget > 0 && step.cards.length > 0 && step.phone_votes;
    $("budget").hidden = !voting;
    $("budget").textContent = t("budget", state.votes_left, step.budget);
    renderTurn(step, locked);
    $("question").hidden = !step.question;
    $("question").textContent = step.question ? t("closing_question", step.question) : "";
    renderCards(step, locked, voting);
    renderBoard(step, locked);
    $("write-label").textContent = step.silent ? t("silent_label") : t("write_label");
    $("written").hidden = !step.silent;
    $("written").textContent = state.me.written === 1 ? t("written_one") : t("written_many", state.me.written);
    $("send").disabled = locked;
    $("place").disabled = locked;
    // the step kinds that collect input (word cloud, idea wall, rating scale): input.js draws them
    const collects = !!step.collects && !!window.phoneInput;
    $("write-part").hidden = collects;
    $("input-part").hidden = !collects;
    if (collects) window.phoneInput.render(step, state, locked);
  }

  // The list of cards is built once per step and then updated in place: news from the server (another
  // phone voted) arrives all the time in a full room, and a list built anew under a finger loses the tap
  // (the button pressed is gone before it is released) and the keyboard focus of whoever is on "+ stem".
  let cardsBuilt = "";

  function renderCards(step, locked, voting) {
    const list = $("cards");
    const choosing = step.max_choices !== null && step.max_choices !== undefined;
    const key = JSON.stringify([step.id, voting, choosing, step.cards.map((c) => [c.id, c.title, c.text])]);
    if (key !== cardsBuilt) {
      buildCards(list, step, voting, choosing);
      cardsBuilt = key;
    }
    step.cards.forEach((card, i) => {
      const item = list.children[i];
      item.classList.toggle("current", card.id === step.current_card);
      if (voting) {
        const mine = state.me.votes[card.id] || 0;
        const [less, count, more] = item.querySelectorAll(".vote");
        less.disabled = locked || mine === 0;
        if (count.textContent !== String(mine)) count.textContent = String(mine);
        count.setAttribute("aria-label", t("my_votes_label", mine));
        more.disabled = locked || state.votes_left === 0;
      }
      if (choosing) {
        const chosen = state.me.chosen.includes(card.id);
        const choose = item.querySelector(".choose");
        choose.textContent = chosen ? t("chosen") : t("choose");
        choose.setAttribute("aria-label", chosen ? t("unchoose_label", card.title) : t("choose_label", card.title));
        choose.disabled = locked;
      }
    });
  }

  function buildCards(list, step, voting, choosing) {
    list.replaceChildren();
    for (const card of step.cards) {
      const item = element("li");
      item.dataset.card = card.id;
      item.appendChild(element("div", card.title, "title"));
      if (card.text) item.appendChild(element("p", card.text));
      const row = element("div", null, "row");
      const vote = (delta) => () => call("/api/vote", { step_id: step.id, target: card.id, delta: delta }).then(done);
      if (voting) {
        row.appendChild(button("\u2212", t("vote_remove_label", card.title), vote(-1), true));
        row.appendChild(element("span", "", "count"));
        row.appendChild(button(t("vote_add"), t("vote_add_label", card.title), vote(1), true));
        for (const node of row.childNodes) node.classList.add("vote");
      }
      if (choosing) {
        // what the tap means is read when it happens: chosen or not is the latest news, not the first
        const choose = button("", "", () => call("/api/choose", { step_id: step.id, card_id: card.id,
          chosen: !state.me.chosen.includes(card.id) }).then(done), true);
        choose.classList.add("choose");
        row.appendChild(choose);
      }
      if (row.childNodes.length) item.appendChild(row);
      list.appendChild(item);
    }
  }

  function done(data) { if (data) render(data); }

  // --- Samen reflecteren: whose turn it is, and ending my own turn ----------------------------------
  function renderTurn(step, locked) {
    const turn = step.turn;
    $("turn-part").hidden = !turn;
    if (!turn) return;
    const mine = state.me.my_turn;
    $("turn-who").textContent = mine ? t("my_turn") :
      (turn.speaker ? t("their_turn", turn.speaker) : t("round_over"));
    $("turn-next").textContent = turn.upcoming.length ? t("next", turn.upcoming.join(", ")) : "";
    $("my-turn").hidden = !mine;
    $("turn-done").disabled = $("turn-pass").disabled = locked;
  }

  function endTurn(passed) {
    if (!state || !state.step) return;
    const body = { step_id: state.step.id, passed: passed, text: passed ? "" : $("turn-text").value };
    call("/api/turn", body)
      .then((data) => {
        if (!data) return;
        $("turn-text").value = "";
        say(passed ? t("passed") : t("thanks"), true, body.step_id);
        render(data);
      });
  }
  $("turn-done").addEventListener("click", () => endTurn(false));
  $("turn-pass").addEventListener("click", () => endTurn(true));

  // --- the board ------------------------------------------------------------------------------
  function renderBoard(step, locked) {
    const onBoard = step.board;
    $("board-part").hidden = !onBoard;
    if (!onBoard) return;
    const axes = step.axes || {};
    $("axis-top").textContent = axes.top || "";
    $("axis-bottom").textContent = axes.bottom || "";
    $("axis-left").textContent = axes.left || "";
    $("axis-right").textContent = axes.right || "";
    const select = $("token-choice");
    const keep = select.value;
    select.replaceChildren();
    for (const t of step.tokens) {
      const option = element("option", t.name);
      option.value = t.id;
      select.appendChild(option);
    }
    if (keep && step.tokens.some((t) => t.id === keep)) select.value = keep;
    select.hidden = $("token-label").hidden = step.tokens.length < 2;
    if (!dragging) {
      const placed = state.me.placements[select.value || ""] || null;
      spot = placed ? placed.slice() : (spot || [0.5, 0.5]);
      $("dot").classList.toggle("unplaced", !placed);
      if (document.activeElement !== $("reason")) $("reason").value = state.me.reasons[select.value || ""] || "";
      const token = step.tokens.find((t) => t.id === select.value);
      if (token) $("dot").style.background = token.colour;
      drawDot();
    }
    $("board").setAttribute("aria-disabled", locked ? "true" : "false");
  }

  function drawDot() {
    $("dot").style.left = (spot[0] * 100) + "%";
    $("dot").style.top = ((1 - spot[1]) * 100) + "%";
    const placed = !$("dot").classList.contains("unplaced");
    $("dot-where").textContent = placed ? t("dot_where", describe(spot)) : t("dot_unplaced");
  }

  // Where the dot is in words, as the console's board says it (core/boarddef.py describe_on_axis), then in
  // numbers, so that every step of the arrows is heard: "dicht bij kunst als doel, sturing wordt gedeeld
  // (70 van 100 naar rechts, 50 van 100 omhoog)".
  function onAxis(axis, value) {
    const stops = axis.stops;
    if (axis.bands) return stops[Math.min(stops.length - 1, Math.max(0, Math.floor(value * stops.length)))][1];
    let nearest = stops[0];
    for (const stop of stops) if (Math.abs(stop[0] - value) < Math.abs(nearest[0] - value)) nearest = stop;
    const off = Math.abs(nearest[0] - value);
    if (off <= 0.08) return nearest[1];
    if (off <= 0.16) return t("near", nearest[1]);
    const lower = stops.filter((stop) => stop[0] <= value);
    const upper = stops.filter((stop) => stop[0] >= value);
    if (!lower.length) return t("beyond", stops[0][1]);
    if (!upper.length) return t("beyond", stops[stops.length - 1][1]);
    return t("between", lower[lower.length - 1][1], upper[0][1]);
  }

  function describe(at) {
    const axes = (state && state.step && state.step.axes) || {};
    const numbers = t("dot_numbers", Math.round(at[0] * 100), Math.round(at[1] * 100));
    if (!axes.horizontal || !axes.vertical) return numbers;
    return onAxis(axes.horizontal, at[0]) + ", " + onAxis(axes.vertical, at[1]) + " (" + numbers + ")";
  }

  function moveTo(clientX, clientY) {
    const box = $("board").getBoundingClientRect();
    const x = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    const y = Math.min(1, Math.max(0, 1 - (clientY - box.top) / box.height));
    spot = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
    drawDot();
  }

  function place(withReason) {
    if (!state || !state.step) return;
    const body = { step_id: state.step.id, token_id: $("token-choice").value || null, x: spot[0], y: spot[1] };
    if (withReason) body.reason = $("reason").value;
    const at = [body.x, body.y];
    call("/api/place", body).then((data) => {
      if (data) { say(t("placed", describe(at)), true, body.step_id); render(data); }
    });
  }

  const board = $("board");
  function start(x, y) { if (state && state.step && !state.step.locked) { dragging = true; moveTo(x, y); } }
  function end() { if (dragging) { dragging = false; place(false); } }
  board.addEventListener("touchstart", (e) => { e.preventDefault(); start(e.touches[0].clientX, e.touches[0].clientY); }, { passive: false });
  board.addEventListener("touchmove", (e) => { e.preventDefault(); if (dragging) moveTo(e.touches[0].clientX, e.touches[0].clientY); }, { passive: false });
  board.addEventListener("touchend", (e) => { e.preventDefault(); end(); }, { passive: false });
  board.addEventListener("touchcancel", () => { dragging = false; });
  board.addEventListener("mousedown", (e) => start(e.clientX, e.clientY));
  window.addEventListener("mousemove", (e) => { if (dragging) moveTo(e.clientX, e.clientY); });
  window.addEventListener("mouseup", end);
  function nudge(dx, dy) {
    if (!state || !state.step || state.step.locked) return;
    if (!spot) spot = [0.5, 0.5];
    spot = [Math.round(Math.min(1, Math.max(0, spot[0] + 0.05 * dx)) * 1000) / 1000,
            Math.round(Math.min(1, Math.max(0, spot[1] + 0.05 * dy)) * 1000) / 1000];
    drawDot();
    place(false);
  }
  for (const arrow of document.querySelectorAll(".arrows button")) {
    arrow.addEventListener("click", () => nudge(Number(arrow.dataset.dx), Number(arrow.dataset.dy)));
  }
  // the board itself takes the arrow keys (a keyboard, or a screen reader's own keys on role=application)
  const KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  board.addEventListener("keydown", (e) => {
    if (!KEYS[e.key]) return;
    e.preventDefault();
    nudge(...KEYS[e.key]);
  });
  $("place").addEventListener("click", () => place(true));
  $("token-choice").addEventListener("change", () => { if (state) renderBoard(state.step, state.step.locked); });

  // --- writing ----------------------------------------------------------------------------------
  $("send").addEventListener("click", async () => {
    const text = $("text").value;
    if (!text.trim() || !state || !state.step) return;
    const step = state.step;
    const data = await call("/api/note", { step_id: step.id, text: text });
    if (data) {
      $("text").value = "";
      say(step.silent ? t("kept_silent") : t("sent"), true, step.id);
      render(data);
    }
  });

  // what input.js may use (the page's own helpers: it never writes HTML either)
  window.phone = { call: call, say: say, t: t, element: element, button: button, done: done,
                   state: () => state };

  // --- start ------------------------------------------------------------------------------------
  const fromLink = new URLSearchParams(location.search).get("code");
  if (fromLink) $("code").value = fromLink;
  function resume() { // back on the page: the same place, with the token kept on the device
    fetch("/api/state", { headers: { "Authorization": "Bearer " + token } })
      .then((r) => {
        if (r.status === 401) { leave(""); return null; } // another room, or removed: join again
        return r.ok ? r.json() : Promise.reject(r);
      })
      .then((data) => { if (data) { render(data); listen(); } })
      .catch(() => { sayForNow(t("reconnecting")); setTimeout(resume, 3000); }); // keep the token
  }
  if (token) resume();
})();
