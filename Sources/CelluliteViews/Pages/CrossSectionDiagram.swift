/// The cross-section drawing on the home page: skin, fat lobules and fibrous bands, with numbered
/// markers for where each kind of treatment acts. Drawn for this site; inline, so nothing is loaded.
enum CrossSectionDiagram {
    static let svg = #"""
        <svg class="diagram" viewBox="0 0 480 420" role="img" aria-labelledby="diagram-title diagram-desc" focusable="false">
        <title id="diagram-title">Cross-section of skin with cellulite</title>
        <desc id="diagram-desc">A slice through the skin of the thigh. At the top is the skin. Under it, round pockets of fat (fat lobules) sit between tough fibrous bands that run straight down to the muscle. Where a band pulls the skin down there is a dimple; where fat pushes up between two bands there is a bump. Numbered markers show where each kind of treatment acts: 1 on a band (release the bands), 2 in a fat lobule (reduce fat), 3 in the skin (firm the skin), 4 under a dimple (fill), 5 on the surface (camouflage), 6 in the fat layer (reduce fluid).</desc>
        <rect x="0" y="90" width="480" height="280" fill="#fbeecb"/>
        <path d="M-52,130 C-26,100 26,100 52,130 L52,300 Q52,346 0,346 Q-52,346 -52,300 Z" fill="#f5d77f" stroke="#c9a13c" stroke-width="2"/>
        <path d="M68,130 C94,100 146,100 172,130 L172,300 Q172,346 120,346 Q68,346 68,300 Z" fill="#f5d77f" stroke="#c9a13c" stroke-width="2"/>
        <path d="M188,130 C214,100 266,100 292,130 L292,300 Q292,346 240,346 Q188,346 188,300 Z" fill="#f5d77f" stroke="#c9a13c" stroke-width="2"/>
        <path d="M308,130 C334,100 386,100 412,130 L412,300 Q412,346 360,346 Q308,346 308,300 Z" fill="#f5d77f" stroke="#c9a13c" stroke-width="2"/>
        <path d="M428,130 C454,100 506,100 532,130 L532,300 Q532,346 480,346 Q428,346 428,300 Z" fill="#f5d77f" stroke="#c9a13c" stroke-width="2"/>
        <path d="M60,120 L60,368" stroke="#6e4b3a" stroke-width="7" stroke-linecap="round"/>
        <path d="M180,120 L180,368" stroke="#6e4b3a" stroke-width="7" stroke-linecap="round"/>
        <path d="M300,120 L300,368" stroke="#6e4b3a" stroke-width="7" stroke-linecap="round"/>
        <path d="M420,120 L420,368" stroke="#6e4b3a" stroke-width="7" stroke-linecap="round"/>
        <rect x="0" y="360" width="480" height="60" fill="#9c4a4a"/>
        <path d="M0,375 L480,375" stroke="#b86464" stroke-width="2"/>
        <path d="M0,390 L480,390" stroke="#b86464" stroke-width="2"/>
        <path d="M0,405 L480,405" stroke="#b86464" stroke-width="2"/>
        <path d="M-60,96 C-30,60 30,60 60,96 C90,60 150,60 180,96 C210,60 270,60 300,96 C330,60 390,60 420,96 C450,60 510,60 540,96 L540,136 C510,100 450,100 420,136 C390,100 330,100 300,136 C270,100 210,100 180,136 C150,100 90,100 60,136 C30,100 -30,100 -60,136 Z" fill="#e6b19c" stroke="#b9806a" stroke-width="1.5"/>
        <path d="M-60,84 C-30,48 30,48 60,84 C90,48 150,48 180,84 C210,48 270,48 300,84 C330,48 390,48 420,84 C450,48 510,48 540,84 L540,96 C510,60 450,60 420,96 C390,60 330,60 300,96 C270,60 210,60 180,96 C150,60 90,60 60,96 C30,60 -30,60 -60,96 Z" fill="#f6d5c3" stroke="#8c5a46" stroke-width="2"/>
        <text x="60" y="40" text-anchor="middle" font-size="18" font-weight="600" font-family="system-ui, sans-serif" fill="#1b1b1b">Dimple</text>
        <path d="M60,48 L60,72" stroke="#1b1b1b" stroke-width="2"/><path d="M54,66 L60,76 L66,66" fill="none" stroke="#1b1b1b" stroke-width="2"/>
        <text x="240" y="30" text-anchor="middle" font-size="18" font-weight="600" font-family="system-ui, sans-serif" fill="#1b1b1b">Bump</text>
        <path d="M240,36 L240,48" stroke="#1b1b1b" stroke-width="2"/>
        <text x="240" y="97" text-anchor="middle" font-size="17" font-family="system-ui, sans-serif" fill="#1b1b1b">Skin</text>
        <text x="360" y="222" text-anchor="middle" font-size="17" font-family="system-ui, sans-serif" fill="#1b1b1b">Fat</text>
        <text x="360" y="242" text-anchor="middle" font-size="17" font-family="system-ui, sans-serif" fill="#1b1b1b">lobule</text>
        <text x="0" y="0" transform="translate(452 335) rotate(-90)" font-size="17" font-family="system-ui, sans-serif" fill="#1b1b1b">Fibrous band</text>
        <path d="M440,300 L426,300" stroke="#1b1b1b" stroke-width="2"/>
        <text x="16" y="396" font-size="17" font-family="system-ui, sans-serif" fill="#ffffff">Muscle</text>
        <g class="marker"><circle cx="180" cy="250" r="14" fill="#123f4d" stroke="#ffffff" stroke-width="2.5"/><text x="180" y="256" text-anchor="middle" font-size="17" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">1</text></g>
        <g class="marker"><circle cx="120" cy="240" r="14" fill="#123f4d" stroke="#ffffff" stroke-width="2.5"/><text x="120" y="246" text-anchor="middle" font-size="17" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">2</text></g>
        <g class="marker"><circle cx="360" cy="89" r="14" fill="#123f4d" stroke="#ffffff" stroke-width="2.5"/><text x="360" y="95" text-anchor="middle" font-size="17" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">3</text></g>
        <g class="marker"><circle cx="300" cy="116" r="14" fill="#123f4d" stroke="#ffffff" stroke-width="2.5"/><text x="300" y="122" text-anchor="middle" font-size="17" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">4</text></g>
        <g class="marker"><circle cx="440" cy="30" r="14" fill="#123f4d" stroke="#ffffff" stroke-width="2.5"/><text x="440" y="36" text-anchor="middle" font-size="17" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">5</text></g>
        <g class="marker"><circle cx="240" cy="300" r="14" fill="#123f4d" stroke="#ffffff" stroke-width="2.5"/><text x="240" y="306" text-anchor="middle" font-size="17" font-weight="700" font-family="system-ui, sans-serif" fill="#ffffff">6</text></g>
        </svg>
        """#
}
