// Progressive enhancement of the photo comparison: lays the right photo over the left one and
// adds a slider that uncovers it. Without this script the two photos stay side by side.
(function () {
  "use strict";
  var pair = document.getElementById("photo-compare");
  if (!pair) return;
  var over = pair.querySelector(".compare-right");
  if (!over) return;
  var label = document.createElement("label");
  label.className = "label";
  label.htmlFor = "compare-slider";
  label.textContent = "Slide to uncover the right photo";
  var slider = document.createElement("input");
  slider.type = "range";
  slider.id = "compare-slider";
  slider.min = "0";
  slider.max = "100";
  slider.value = "50";
  slider.className = "compare-slider";
  function show() {
    over.style.clipPath = "inset(0 0 0 " + slider.value + "%)";
  }
  slider.addEventListener("input", show);
  pair.classList.add("overlay");
  pair.parentNode.insertBefore(label, pair.nextSibling);
  label.parentNode.insertBefore(slider, label.nextSibling);
  show();
})();
