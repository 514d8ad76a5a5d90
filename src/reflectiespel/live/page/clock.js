// The step's clock on the phone (issue #29.5): the time left, counted down on the phone itself from what
// the laptop last said; "Tijd is om" at zero, and a soft tone then when the facilitator turned the sound on
// (off by default). app.js calls phoneClock.render(clock) with every state.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let left = 0;        // seconds left when `at` was measured
  let at = 0;          // performance.now() of that
  let running = false;
  let speed = 1;
  let sound = false;
  let seq = null;      // which clock change this is (a new one may ring again)
  let rang = null;     // the seq that already rang
  let ticking = null;
  let audio = null;

  function t(key, ...values) { return window.phone ? window.phone.t(key, ...values) : key; }

  function now() { return running ? Math.max(0, left - (performance.now() - at) / 1000 * speed) : left; }

  function text(seconds) {
    const s = Math.ceil(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function chime() { // a soft tone: a sine that swells and fades in just under a second
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = 660;
      const start = audio.currentTime;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.08, start + 0.08);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.9);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.95);
      window.phoneClock.rung += 1;
    } catch (e) { /* no sound on this device: the clock still says it */ }
  }

  function draw() {
    const box = $("clock");
    const seconds = now();
    const over = seconds <= 0;
    $("clock-time").textContent = text(seconds);
    box.classList.toggle("over", over);
    box.classList.toggle("paused", !running && !over);
    const status = over ? t("clock_over") : running ? "" : t("clock_paused");
    $("clock-status").textContent = status;
    box.setAttribute("aria-label", t("clock_label", text(seconds)) + (status ? ". " + status : ""));
    if (over && running && sound && rang !== seq) { rang = seq; chime(); }
    if (over || !running) { clearInterval(ticking); ticking = null; }
  }

  window.phoneClock = {
    rung: 0, // how often the tone played (tests read it)
    render: function (clock) {
      const box = $("clock");
      if (!clock) { box.hidden = true; clearInterval(ticking); ticking = null; return; }
      box.hidden = false;
      left = clock.left; at = performance.now(); running = clock.running; speed = clock.speed || 1;
      sound = clock.sound;
      if (seq !== clock.seq) { seq = clock.seq; if (left > 0) rang = null; }
      draw();
      if (running && !ticking) ticking = setInterval(draw, 250);
    },
  };
  // a page may play sound only after the person touched it: the first touch wakes the sound up
  document.addEventListener("pointerdown", () => {
    if (sound && !audio) { try { audio = new (window.AudioContext || window.webkitAudioContext)(); } catch (e) { /* none */ } }
  }, { once: false });
})();
