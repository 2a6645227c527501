// The viewers of an exhibit page, fed by the exhibit's own IIIF manifest: deep zoom of every image with
// OpenSeadragon (tiles from the IIIF Image API 3), and each 3D model in <model-viewer>.
//
// Why OpenSeadragon and not Mirador or the Universal Viewer: it is one script of about 350 KB with no
// dependencies that reads IIIF Image API 3 info.json itself, where Mirador brings several megabytes of
// React and UV a whole application shell, to show the few images of one exhibit. And it has no interface
// of its own that we need: the buttons, labels and keyboard order stay the page's own HTML, translated
// with the page and checked by axe-core with it, instead of a viewer's second set of translations.
//
// Every file comes from this site (/vendor/..., from npm): no CDN, including model-viewer's decoders.
// Without scripts, or if anything here fails, the page keeps what it was rendered with: the picture,
// links to the other images and the model downloads.
(function () {
  "use strict";
  const root = document.getElementById("viewers");
  if (!root || !window.fetch || !window.URL) {
    return;
  }
  const ACCEPT = 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"';
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function paintedBody(canvas) {
    const page = (canvas.items || [])[0];
    const annotation = page && (page.items || [])[0];
    return annotation ? annotation.body : null;
  }

  function imageService(body) {
    const services = (body && body.service) || [];
    const service = services.find(function (s) { return s.type === "ImageService3"; }) || services[0];
    return service ? (service.id || service["@id"]).replace(/\/$/, "") : null;
  }

  function toolbar(element, handlers) {
    if (!element) {
      return;
    }
    element.querySelectorAll("button[data-action]").forEach(function (button) {
      const handler = handlers[button.dataset.action];
      if (!handler || (button.dataset.action === "fullscreen" && !document.fullscreenEnabled)) {
        button.hidden = true;
        return;
      }
      button.addEventListener("click", handler);
    });
    element.hidden = false;
  }

  function toggleFullscreen(element) {
    return function () {
      if (document.fullscreenElement) {
        document.exitFullscreen().catch(function () {});
      } else {
        element.requestFullscreen().catch(function () {});  // refused (an iframe, a policy): stay put
      }
    };
  }

  // ------------------------------------------------------------------ images

  function startImages(canvases) {
    const figure = root.querySelector(".primary-image");
    const stage = document.getElementById("deep-zoom");
    const picture = figure && figure.querySelector("img");
    if (!stage || !picture || !canvases.length || typeof window.OpenSeadragon !== "function") {
      return;
    }
    const byId = new Map(canvases.map(function (canvas) { return [canvas.id, canvas]; }));
    const strip = root.querySelector(".viewer-strip");
    const buttons = strip ? Array.from(strip.querySelectorAll("button[data-canvas]")).filter(function (button) {
      return byId.has(button.dataset.canvas);
    }) : [];
    const first = buttons.length ? byId.get(buttons[0].dataset.canvas) : canvases[0];
    const original = figure.querySelector(".viewer-original");
    const fileInfo = figure.querySelector(".file-info");

    function tiles(canvas) {
      stage.style.aspectRatio = canvas.width + " / " + canvas.height;
      return imageService(paintedBody(canvas)) + "/info.json";
    }

    // The stage takes the picture's place at once, at the image's proportions, so nothing moves.
    picture.hidden = true;
    stage.hidden = false;
    const viewer = window.OpenSeadragon({
      element: stage,
      prefixUrl: root.dataset.openseadragonImages,
      tileSources: tiles(first),
      showNavigationControl: false,  // our own buttons below: real <button>s, labelled in the page's language
      visibilityRatio: 1,
      constrainDuringPan: true,
      maxZoomPixelRatio: 2,
      animationTime: reducedMotion ? 0 : 1.2,
      springStiffness: reducedMotion ? 100 : 6.5,
    });
    viewer.addOnceHandler("open", function () {
      toolbar(figure.querySelector(".viewer-toolbar"), {
        "zoom-in": function () { viewer.viewport.zoomBy(1.6); viewer.viewport.applyConstraints(); },
        "zoom-out": function () { viewer.viewport.zoomBy(1 / 1.6); viewer.viewport.applyConstraints(); },
        "reset": function () { viewer.viewport.goHome(); },
        "fullscreen": toggleFullscreen(figure),
      });
      if (buttons.length > 1) {
        const links = root.querySelector(".thumbs");  // without scripts, links to the other pictures
        if (links) {
          links.hidden = true;
          if (links.previousElementSibling && links.previousElementSibling.tagName === "H2") {
            links.previousElementSibling.hidden = true;
          }
        }
        strip.hidden = false;
      }
    });
    viewer.addOnceHandler("open-failed", function () {
      viewer.destroy();
      stage.hidden = true;
      picture.hidden = false;
    });
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        if (button.getAttribute("aria-pressed") === "true") {
          return;
        }
        buttons.forEach(function (other) { other.setAttribute("aria-pressed", String(other === button)); });
        viewer.open(tiles(byId.get(button.dataset.canvas)));
        if (original) {
          original.href = button.dataset.original;
        }
        if (fileInfo) {
          fileInfo.textContent = button.dataset.fileInfo;
        }
      });
    });
  }

  // ------------------------------------------------------------------ 3D models

  function resetCamera(viewer) {
    return function () {
      // Setting the same values is no change to model-viewer: ask it to apply them again.
      viewer.cameraOrbit = "0deg 75deg 105%";
      viewer.cameraTarget = "auto auto auto";
      viewer.fieldOfView = "auto";
      ["cameraOrbit", "cameraTarget", "fieldOfView"].forEach(function (name) { viewer.requestUpdate(name); });
      if (reducedMotion) {
        viewer.jumpCameraToGoal();
      }
    };
  }

  function startModels(canvases) {
    const stages = root.querySelectorAll(".model-stage[data-canvas]");
    if (!stages.length || !root.dataset.modelViewer) {
      return;
    }
    const byId = new Map();
    canvases.forEach(function (canvas) {
      const body = paintedBody(canvas);
      if (body && body.type === "Model") {
        byId.set(canvas.id, canvas);
      }
    });
    // Read by model-viewer when it starts; its defaults are Google's and jsDelivr's CDNs.
    window.ModelViewerElement = Object.assign(window.ModelViewerElement || {}, {
      dracoDecoderLocation: new URL(root.dataset.draco, document.baseURI).href,
      ktx2TranscoderLocation: new URL(root.dataset.basis, document.baseURI).href,
      meshoptDecoderLocation: new URL(root.dataset.meshopt, document.baseURI).href,
    });
    import(root.dataset.modelViewer).then(function () {
      stages.forEach(function (stage) {
        const canvas = byId.get(stage.dataset.canvas);
        const figure = stage.closest("figure");
        if (!canvas || !figure) {
          return;
        }
        const viewer = document.createElement("model-viewer");
        viewer.setAttribute("src", paintedBody(canvas).id);
        viewer.setAttribute("alt", stage.dataset.alt);
        viewer.setAttribute("camera-controls", "");
        viewer.setAttribute("touch-action", "pan-y");
        viewer.setAttribute("shadow-intensity", "1");
        const preview = (canvas.thumbnail || [])[0];
        if (preview) {
          viewer.setAttribute("poster", preview.id);
        }
        viewer.addEventListener("error", function () {
          stage.textContent = root.dataset.failed;
          stage.classList.add("viewer-failed");
        });
        stage.appendChild(viewer);
        figure.hidden = false;
        toolbar(figure.querySelector(".viewer-toolbar"), {
          "reset": resetCamera(viewer),
          "fullscreen": toggleFullscreen(figure),
        });
      });
    }).catch(function () {
      // model-viewer did not load (no node_modules, an old browser): the download links remain.
    });
  }

  fetch(root.dataset.manifest, {headers: {Accept: ACCEPT}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error("manifest " + response.status);
      }
      return response.json();
    })
    .then(function (manifest) {
      const canvases = manifest.items || [];
      startImages(canvases.filter(function (canvas) {
        const body = paintedBody(canvas);
        return body && body.type === "Image" && imageService(body);
      }));
      startModels(canvases);
    })
    .catch(function () {
      // No manifest, no viewers: the page as rendered is complete without them.
    });
}());
