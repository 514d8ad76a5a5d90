// The phone page for the step kinds that collect input (issue #29): a word cloud, an idea wall, a rating
// scale. app.js calls phoneInput.render(step, state, locked) for such a step and lends its helpers
// (window.phone). Everything people typed is shown with textContent: never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let built = ""; // the step (and kind) the part was built for: typing survives news from the server

  function P() { return window.phone; }

  function part() { return $("input-part"); }

  function labelled(tag, id, labelText, attrs) {
    const p = P();
    const label = p.element("label", labelText);
    label.htmlFor = id;
    const field = document.createElement(tag);
    field.id = id;
    for (const [name, value] of Object.entries(attrs || {})) field.setAttribute(name, value);
    return [label, field];
  }

  // --- word cloud ---------------------------------------------------------------------------------
  function buildWords(step) {
    const p = P();
    const root = part();
    root.replaceChildren();
    root.appendChild(p.element("p", "", "small")).id = "words-left";
    const fields = p.element("div");
    fields.id = "word-fields";
    for (let i = 1; i <= 3; i++) {
      const [label, input] = labelled("input", "word-" + i, p.t("word_label", i),
                                      { maxlength: "40", autocomplete: "off", autocapitalize: "none" });
      const row = p.element("div", null, "word-row");
      row.append(label, input);
      fields.appendChild(row);
    }
    root.appendChild(fields);
    const send = p.element("button", p.t("words_send"));
    send.id = "words-send";
    send.type = "button";
    send.className = "wide";
    send.addEventListener("click", () => sendWords(step.id));
    root.appendChild(send);
    root.appendChild(p.element("h2", p.t("my_words"), "small-head"));
    const mine = p.element("ul", null, "chips");
    mine.id = "my-words";
    root.appendChild(mine);
  }

  function renderWords(step, state, locked) {
    const p = P();
    const left = state.me.words_left;
    // what the step allows (one word in some werkvormen, three by default), never a fixed "one to three"
    $("words-left").textContent = left === 1 ? p.t("words_left_one") :
      left > 0 ? p.t("words_left", left, step.max_words) : p.t("words_all_sent");
    const open = Math.min(3, left);
    for (let i = 1; i <= 3; i++) {
      $("word-" + i).parentNode.hidden = i > open;
      $("word-" + i).disabled = locked;
    }
    // one field left (a one-word step, or the last word of three): singular, as people say it
    $("word-1").labels[0].textContent = open === 1 ? p.t("word_label_one") : p.t("word_label", 1);
    $("words-send").textContent = open === 1 ? p.t("word_send") : p.t("words_send");
    $("words-send").hidden = open === 0;
    $("words-send").disabled = locked;
    const mine = $("my-words");
    mine.replaceChildren(...state.me.words.map((w) => p.element("li", w)));
    mine.previousSibling.hidden = state.me.words.length === 0;
  }

  function sendWords(stepId) {
    const p = P();
    const words = [1, 2, 3].map((i) => $("word-" + i)).filter((f) => !f.parentNode.hidden)
      .map((f) => f.value.trim()).filter((v) => v);
    if (!words.length) { p.say(p.t("words_empty"), false, stepId); return; }
    p.call("/api/words", { step_id: stepId, words: words }).then((data) => {
      if (!data) return;
      for (let i = 1; i <= 3; i++) $("word-" + i).value = "";
      p.say(data.step && data.step.screened ? p.t("words_screened") :
            words.length === 1 ? p.t("word_sent") : p.t("words_sent", words.length), true, stepId);
      p.done(data);
    });
  }

  // --- rating scale ------------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    return node;
  }

  // "3. Zingeving"; a row that is numbered already ("3. Organiseer ...", the five bouwstenen) keeps its own
  // number, as on the projection (ui/session/inputpaint.py row_label)
  function rowLabel(i, text) {
    return /^\s*\d+[.)]/.test(text) ? text : (i + 1) + ". " + text;
  }

  function buildRatings(step) {
    const p = P();
    const root = part();
    root.replaceChildren();
    root.appendChild(p.element("p", p.t("rate_help"), "small"));
    const list = p.element("div");
    list.id = "rate-rows";
    step.rows.forEach((row, i) => {
      const box = p.element("div", null, "rate-row");
      box.dataset.row = row.id;
      const id = "rate-" + i;
      const [label, input] = labelled("input", id, rowLabel(i, row.text),
                                      { type: "range", min: "0", max: "10", step: "1" });
      const out = p.element("output", "", "rate-value");
      out.htmlFor = id;
      out.id = id + "-value";
      input.addEventListener("input", () => { out.textContent = input.value; input.dataset.touched = "1"; });
      input.addEventListener("change", () => sendRating(step.id, row, Number(input.value)));
      const line = p.element("div", null, "rate-line");
      line.append(input, out);
      box.append(label, line);
      list.appendChild(box);
    });
    root.appendChild(list);
    root.appendChild(p.element("h2", p.t("my_web"), "small-head"));
    const web = svg("svg", { viewBox: "-130 -130 260 260", role: "img", id: "rate-web" });
    root.appendChild(web);
    root.appendChild(p.element("p", "", "small")).id = "rate-legend";
  }

  function polygon(values, radius) {
    const n = values.length;
    return values.map((v, i) => {
      const a = -Math.PI / 2 + 2 * Math.PI * i / n;
      const r = radius * (v || 0) / 10;
      return (r * Math.cos(a)).toFixed(1) + "," + (r * Math.sin(a)).toFixed(1);
    }).join(" ");
  }

  function drawWeb(step, own) {
    const p = P();
    const web = $("rate-web");
    web.replaceChildren();
    const n = step.rows.length;
    const R = 100;
    if (n < 3) { web.setAttribute("hidden", ""); return; }
    web.removeAttribute("hidden");
    for (const ring of [5, 10]) {
      web.appendChild(svg("polygon", { points: polygon(step.rows.map(() => ring), R), class: "web-ring" }));
    }
    step.rows.forEach((row, i) => {
      const a = -Math.PI / 2 + 2 * Math.PI * i / n;
      web.appendChild(svg("line", { x1: 0, y1: 0, x2: (R * Math.cos(a)).toFixed(1), y2: (R * Math.sin(a)).toFixed(1),
                                    class: "web-ring" }));
      const label = svg("text", { x: (118 * Math.cos(a)).toFixed(1), y: (118 * Math.sin(a) + 6).toFixed(1),
                                  class: "web-label" });
      label.textContent = String(i + 1);
      web.appendChild(label);
    });
    const group = step.group || [];
    const hasGroup = group.some((v) => v !== null && v !== undefined);
    const full = group.length === n && group.every((v) => v !== null && v !== undefined);
    if (full) web.appendChild(svg("polygon", { points: polygon(group, R), class: "web-group" }));
    else if (hasGroup) { // only the rows with enough marks: a point each, no shape pretending the rest is 0
      group.forEach((v, i) => {
        if (v === null || v === undefined) return;
        const a = -Math.PI / 2 + 2 * Math.PI * i / n;
        const r = R * v / 10;
        web.appendChild(svg("circle", { cx: (r * Math.cos(a)).toFixed(1), cy: (r * Math.sin(a)).toFixed(1), r: 6,
                                        class: "web-group-point" }));
      });
    }
    const mine = step.rows.map((row) => own[row.id]);
    if (mine.some((v) => v !== undefined)) web.appendChild(svg("polygon", { points: polygon(mine, R), class: "web-own" }));
    const said = step.rows.map((row, i) => rowLabel(i, row.text) + ": " +
      (own[row.id] !== undefined ? own[row.id] : "–") +
      (hasGroup ? " (" + p.t("group_word") + " " + (group[i] === null || group[i] === undefined ? "–" : group[i]) + ")" : ""));
    web.setAttribute("aria-label", p.t("my_web") + ". " + said.join("; "));
    $("rate-legend").textContent = hasGroup ? p.t("web_legend") : p.t("web_legend_own");
  }

  function renderRatings(step, state, locked) {
    const own = state.me.ratings || {};
    step.rows.forEach((row, i) => {
      const input = $("rate-" + i);
      const out = $("rate-" + i + "-value");
      if (!input) return;
      input.disabled = locked;
      const value = own[row.id];
      if (sending[row.id] && sending[row.id].busy) return; // the value on its way is newer than this news
      if (document.activeElement !== input || input.dataset.touched !== "1") { // never under a moving finger
        input.value = value !== undefined ? value : 5;
        out.textContent = value !== undefined ? String(value) : "–";
      }
      if (value !== undefined) delete input.dataset.touched;
      input.classList.toggle("unset", value === undefined && input.dataset.touched !== "1");
      input.setAttribute("aria-valuetext", value !== undefined ? String(value) : P().t("not_rated"));
    });
    drawWeb(step, own);
  }

  // One request per row at a time, and only the newest value counts: arrow keys send a change per press, and
  // requests that travel side by side may arrive in any order, so 6, 7, 8 could be stored as 6. While a
  // value is on its way, news from the server does not move the slider back.
  const sending = {}; // row id -> { busy, next }

  function sendRating(stepId, row, value) {
    const p = P();
    const slot = sending[row.id] || (sending[row.id] = { busy: false, next: null });
    if (slot.busy) { slot.next = value; return; }
    slot.busy = true;
    p.call("/api/rate", { step_id: stepId, row: row.id, value: value }).then((data) => {
      slot.busy = false;
      if (slot.next !== null) { const newer = slot.next; slot.next = null; sendRating(stepId, row, newer); return; }
      if (!data) return;
      p.say(p.t("rated", row.text, value), true, stepId);
      p.done(data);
    });
  }

  // --- idea wall ---------------------------------------------------------------------------------
  function buildIdeas(step) {
    const p = P();
    const root = part();
    root.replaceChildren();
    const [label, text] = labelled("textarea", "idea-text", p.t("idea_label"), { rows: "3", maxlength: "280" });
    root.append(label, text);
    const send = p.element("button", p.t("idea_send"));
    send.id = "idea-send";
    send.type = "button";
    send.className = "wide";
    send.addEventListener("click", () => sendIdea(step.id));
    root.appendChild(send);
    root.appendChild(p.element("p", "", "small")).id = "ideas-left";
    root.appendChild(p.element("h2", p.t("wall_title"), "small-head"));
    root.appendChild(p.element("p", "", "small")).id = "idea-budget";
    const list = p.element("ul");
    list.id = "ideas";
    root.appendChild(list);
  }

  function renderIdeas(step, state, locked) {
    const p = P();
    $("idea-text").disabled = locked;
    $("idea-send").disabled = locked || state.me.ideas_left === 0;
    $("ideas-left").textContent = state.me.ideas_left > 0 ? p.t("ideas_left", state.me.ideas_left, step.max_ideas)
      : p.t("ideas_all_sent");
    $("idea-budget").textContent = p.t("budget", state.votes_left, step.budget);
    const list = $("ideas");
    list.replaceChildren();
    for (const text of state.me.my_waiting || []) { // mine, with the facilitator first (a screened step)
      const item = p.element("li", null, "waiting");
      item.appendChild(p.element("p", text, "idea"));
      item.appendChild(p.element("p", p.t("idea_waiting"), "small"));
      list.appendChild(item);
    }
    const shown = state.me.my_shown || step.ideas;
    for (const idea of shown) {
      const item = p.element("li", null, idea.pinned ? "current" : "");
      item.dataset.idea = idea.id;
      item.appendChild(p.element("p", idea.text, "idea"));
      const row = p.element("div", null, "row");
      const mine = state.me.votes[idea.id] || 0;
      if (idea.votes !== null && idea.votes !== undefined) {
        const total = p.element("span", (idea.votes === 1 ? p.t("idea_vote_one") : p.t("idea_votes", idea.votes)), "small");
        row.appendChild(total);
      }
      row.appendChild(p.button("−", p.t("vote_remove_label", idea.text),
        () => p.call("/api/upvote", { step_id: step.id, idea_id: idea.id, delta: -1 }).then(p.done), locked || mine === 0));
      const count = p.element("span", String(mine), "count");
      count.setAttribute("aria-label", p.t("my_votes_label", mine));
      row.appendChild(count);
      row.appendChild(p.button(p.t("vote_add"), p.t("vote_add_label", idea.text),
        () => p.call("/api/upvote", { step_id: step.id, idea_id: idea.id, delta: 1 }).then(p.done),
        locked || state.votes_left === 0));
      item.appendChild(row);
      list.appendChild(item);
    }
    if (!list.childNodes.length) list.appendChild(p.element("li", p.t("no_ideas"), "small"));
  }

  function sendIdea(stepId) {
    const p = P();
    const text = $("idea-text").value.trim();
    if (!text) { p.say(p.t("idea_empty"), false, stepId); return; }
    p.call("/api/idea", { step_id: stepId, text: text }).then((data) => {
      if (!data) return;
      $("idea-text").value = "";
      p.say(data.step && data.step.screened ? p.t("idea_screened") : p.t("idea_sent"), true, stepId);
      p.done(data);
    });
  }

  const KINDS = { words: [buildWords, renderWords], ratings: [buildRatings, renderRatings],
                  ideas: [buildIdeas, renderIdeas] };

  window.phoneInput = {
    render: function (step, state, locked) {
      const kind = KINDS[step.collects];
      if (!kind) { part().replaceChildren(); built = ""; return; }
      const key = step.id + ":" + step.collects + ":" + JSON.stringify(step.rows || []);
      if (built !== key) { kind[0](step); built = key; }
      kind[1](step, state, locked);
    },
  };
})();
