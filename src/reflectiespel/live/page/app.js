// The phone page. Everything people typed is shown with textContent: never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let token = sessionStorage.getItem("reflectiespel-token");
  let state = null;
  let stream = null;
  let dragging = false;
  let spot = null; // [x, y] of my dot, 0..1, y upwards

  function say(text, ok) {
    $("message").textContent = text || "";
    $("message").className = ok ? "ok" : "";
  }

  function leave(text) {
    token = null;
    sessionStorage.removeItem("reflectiespel-token");
    if (stream) { stream.close(); stream = null; }
    $("room").hidden = true;
    $("join").hidden = false;
    say(text);
  }

  async function call(path, body) {
    let response;
    try {
      response = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Authorization": "Bearer " + (token || "") },
        body: JSON.stringify(body || {}),
      });
    } catch (e) {
      say("De laptop is niet bereikbaar. Zit je op hetzelfde wifi-netwerk?");
      return null;
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    if (response.status === 401) { leave(data.error); return null; }
    if (!response.ok) { say(data.error || "Dat lukte niet."); return null; }
    return data;
  }

  function listen() {
    if (stream) stream.close();
    stream = new EventSource("/api/events?token=" + encodeURIComponent(token));
    stream.onmessage = (event) => { say(""); render(JSON.parse(event.data)); };
    stream.addEventListener("gone", () => leave("De begeleider heeft deze telefoon uit de sessie gehaald."));
    stream.onerror = () => say("Verbinding even weg; ik probeer het opnieuw…");
  }

  $("join-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    token = null;
    const data = await call("/api/join", { code: $("code").value, name: $("name").value });
    if (!data) return;
    token = data.token;
    sessionStorage.setItem("reflectiespel-token", token);
    $("join").hidden = true;
    $("room").hidden = false;
    render(data.state);
    say(data.state.anonymous ? "Je doet mee. Deze sessie is anoniem: je naam wordt niet bewaard." : "Je doet mee.", true);
    listen();
  });

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
    $("who").textContent = state.name ? "Je doet mee als " + state.name : "Je doet mee";
    const step = state.step;
    if (!step) {
      $("step-title").textContent = state.title;
      $("instruction").textContent = "Nog even wachten op de eerste stap.";
      return;
    }
    const locked = step.locked;
    $("where").textContent = state.title + " · stap " + step.index + " van " + step.count;
    $("step-title").textContent = step.title;
    $("instruction").textContent = step.instruction;
    $("locked").hidden = !locked;
    const voting = step.budget > 0 && step.cards.length > 0 && step.kind !== "board";
    $("budget").hidden = !voting;
    $("budget").textContent = "Je hebt nog " + state.votes_left + " van de " + step.budget + " stemmen.";
    renderTurn(step, locked);
    $("question").hidden = !step.question;
    $("question").textContent = step.question ? "Slotvraag: " + step.question : "";
    renderCards(step, locked, voting);
    renderBoard(step, locked);
    $("write-label").textContent = step.silent ? "Stille ronde: schrijf voor jezelf. De begeleider laat alles tegelijk zien." : "Jouw antwoord";
    $("written").hidden = !step.silent;
    $("written").textContent = "Je hebt " + state.me.written + " briefje(s) geschreven.";
    $("send").disabled = locked;
    $("place").disabled = locked;
  }

  function renderCards(step, locked, voting) {
    const list = $("cards");
    list.replaceChildren();
    const choosing = step.max_choices !== null && step.max_choices !== undefined;
    for (const card of step.cards) {
      const item = element("li", null, card.id === step.current_card ? "current" : "");
      item.dataset.card = card.id;
      item.appendChild(element("div", card.title, "title"));
      if (card.text) item.appendChild(element("p", card.text));
      const row = element("div", null, "row");
      if (voting) {
        const mine = state.me.votes[card.id] || 0;
        row.appendChild(button("−", "Stem weghalen bij " + card.title,
          () => call("/api/vote", { step_id: step.id, target: card.id, delta: -1 }).then(done), locked || mine === 0));
        const count = element("span", String(mine), "count");
        count.setAttribute("aria-label", "Jouw stemmen: " + mine);
        row.appendChild(count);
        row.appendChild(button("+ stem", "Stem op " + card.title,
          () => call("/api/vote", { step_id: step.id, target: card.id, delta: 1 }).then(done), locked || state.votes_left === 0));
      }
      if (choosing) {
        const chosen = state.me.chosen.includes(card.id);
        row.appendChild(button(chosen ? "Gekozen ✓" : "Kies", (chosen ? "Keuze weghalen: " : "Kies ") + card.title,
          () => call("/api/choose", { step_id: step.id, card_id: card.id, chosen: !chosen }).then(done), locked));
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
    $("turn-who").textContent = mine ? "Jij bent aan de beurt" :
      (turn.speaker ? turn.speaker + " is aan de beurt" : "Iedereen is geweest. De laptop start een nieuw rondje.");
    $("turn-next").textContent = turn.upcoming.length ? "Daarna: " + turn.upcoming.join(", ") : "";
    $("my-turn").hidden = !mine;
    $("turn-done").disabled = $("turn-pass").disabled = locked;
  }

  function endTurn(passed) {
    if (!state || !state.step) return;
    call("/api/turn", { step_id: state.step.id, passed: passed, text: passed ? "" : $("turn-text").value })
      .then((data) => {
        if (!data) return;
        $("turn-text").value = "";
        say(passed ? "Je hebt gepast." : "Dank je. De volgende is aan de beurt.", true);
        render(data);
      });
  }
  $("turn-done").addEventListener("click", () => endTurn(false));
  $("turn-pass").addEventListener("click", () => endTurn(true));

  // --- the board ------------------------------------------------------------------------------
  function renderBoard(step, locked) {
    const onBoard = step.kind === "board";
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
    call("/api/place", body).then((data) => { if (data) { say("Je stip staat op het bord.", true); render(data); } });
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
  for (const arrow of document.querySelectorAll(".arrows button")) {
    arrow.addEventListener("click", () => {
      if (!spot) spot = [0.5, 0.5];
      spot = [Math.min(1, Math.max(0, spot[0] + 0.05 * Number(arrow.dataset.dx))),
              Math.min(1, Math.max(0, spot[1] + 0.05 * Number(arrow.dataset.dy)))];
      drawDot();
      place(false);
    });
  }
  $("place").addEventListener("click", () => place(true));
  $("token-choice").addEventListener("change", () => { if (state) renderBoard(state.step, state.step.locked); });

  // --- writing ----------------------------------------------------------------------------------
  $("send").addEventListener("click", async () => {
    const text = $("text").value;
    if (!text.trim() || !state || !state.step) return;
    const data = await call("/api/note", { step_id: state.step.id, text: text });
    if (data) {
      $("text").value = "";
      say(state.step.silent ? "Bewaard tot de begeleider alles laat zien." : "Verstuurd.", true);
      render(data);
    }
  });

  // --- start ------------------------------------------------------------------------------------
  const fromLink = new URLSearchParams(location.search).get("code");
  if (fromLink) $("code").value = fromLink;
  if (token) {
    fetch("/api/state", { headers: { "Authorization": "Bearer " + token } })
      .then((r) => (r.ok ? r.json() : Promise.reject(r)))
      .then((data) => { render(data); listen(); })
      .catch(() => leave(""));
  }
})();
