#!/usr/bin/env python3
"""Generate the bundled Storefront demo data set (Python 3.11, standard library only).

    python3 data/generator/generate_demo.py --out data [--seed 2026]

Writes catalog.csv, shoppers.csv, ratings.csv and events.csv into --out. The output is
byte-identical for a given seed: the only randomness is one random.Random(seed), nothing
iterates over hash-ordered containers, and nothing reads the clock. The latent taste model
behind ratings and events is described in README.md next to this file.

The first part of the file is the static catalogue specification: categories, product
kinds (each with its image under data/images/), variants, attribute specs, description
phrase pools, brands and name pools. The second part is the generator itself.
"""
import argparse
import csv
import json
import math
import os
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

SHUTTLE = ["flies with a stable, predictable trajectory", "holds up well to hard smashes"]
RAINWEAR = ["has taped seams and a storm flap for wet commutes", "has a generous hood that fits over a hat"]

COLORS = ["black", "white", "grey", "navy", "olive", "sand", "red", "blue", "green", "burgundy"]

# --------------------------------------------------------------------------------------
# Top-level categories: (name, code, prior weight, subcategories, model-name pool)
# subcategory: (name, [kinds])
# kind: dict(code, image, noun, price (mid-level EUR), variants, attrs, feats)
# --------------------------------------------------------------------------------------

CATEGORIES = [
    ("Outdoor", "OUT", 1.1, [
        ("Camping", [
            dict(code="TEN", image="tent", noun="tent", price=190, variants=[
                ("1-Person Ultralight Tent", {"capacity": "1 person", "weight_kg": (0.9, 1.4, 2)}),
                ("2-Person Dome Tent", {"capacity": "2 persons", "weight_kg": (1.8, 3.2, 1)}),
                ("3-Person Trekking Tent", {"capacity": "3 persons", "weight_kg": (2.6, 3.9, 1)}),
                ("4-Person Family Tunnel Tent", {"capacity": "4 persons", "weight_kg": (5.5, 9.5, 1)})],
                attrs=dict(color=["green", "sand", "orange", "grey", "olive"], capacity=None, weight_kg=None,
                           season=["3-season", "3-season", "4-season"], waterproof_mm=[2000, 3000, 3000, 5000]),
                feats=["pitches in under five minutes thanks to colour-coded poles",
                       "has two doors and two vestibules, so nobody climbs over anybody at night",
                       "uses a taped-seam flysheet that shrugs off hours of heavy rain",
                       "comes with aluminium pegs, guy lines and a pole repair sleeve",
                       "keeps condensation in check with high and low vents"]),
            dict(code="LIG", image="flashlight", noun="light", price=38, variants=[
                "LED Flashlight", "Rechargeable Headlamp", "Camping Lantern", "Tactical Torch"],
                attrs=dict(lumens=[200, 350, 600, 1000], battery=["USB-C rechargeable", "3 x AAA", "18650 Li-ion"],
                           waterproof=["IPX4", "IPX6", "IPX7"], weight_g=(60, 310, 0)),
                feats=["throws a bright, even beam with a soft red night mode",
                       "charges over USB-C and shows the remaining battery at a glance",
                       "survives drops from two metres and a dunk in a stream",
                       "has a lock-out mode so it never switches on inside your pack"]),
        ]),
        ("Hiking", [
            dict(code="BAC", image="backpack", noun="backpack", price=95, variants=[
                ("18 L Hydration Pack", {"capacity_l": 18, "rain_cover": False}), ("28 L Daypack", {"capacity_l": 28}),
                ("45 L Trekking Backpack", {"capacity_l": 45}), ("65 L Expedition Pack", {"capacity_l": 65})],
                attrs=dict(color=["black", "teal", "red", "grey", "olive", "orange"], capacity_l=None,
                           weight_kg=(0.4, 2.2, 2), rain_cover=[True, False]),
                feats=["carries comfortably thanks to an adjustable, ventilated back system",
                       "has a stretch front pocket for a wet jacket",
                       "opens from the top and the front, so nothing hides at the bottom",
                       "spreads the load with a padded hip belt that actually stays put"]),
            dict(code="BOT", image="hiking-boot", noun="pair of hiking boots", price=145, variants=[
                "Mid Hiking Boots", "Waterproof Trail Boots", "Leather Trekking Boots", "Lightweight Approach Shoes"],
                attrs=dict(color=["brown", "grey", "olive", "black"], sizes="36-47",
                           membrane=["waterproof membrane", "breathable mesh"], weight_g_pair=(690, 1450, 0)),
                feats=["grips wet rock with a deep-lugged rubber outsole",
                       "needs almost no breaking in straight out of the box",
                       "keeps feet dry through puddles and morning dew",
                       "stays comfortable from the first step to the summit"]),
            dict(code="COM", image="compass", noun="compass", price=32, variants=[
                "Baseplate Compass", "Mirror Sighting Compass", "Orienteering Thumb Compass"],
                attrs=dict(declination_adjustment=[True, False], luminous=True, weight_g=(25, 90, 0)),
                feats=["settles quickly thanks to a liquid-damped needle",
                       "has glow-in-the-dark markings for navigating at dusk",
                       "includes map scales and a magnifier on the baseplate"]),
        ]),
        ("Water Sports", [
            dict(code="CAN", image="canoe", noun="boat", price=890, variants=[
                ("Two-Seat Canoe", {"capacity": "2 persons"}), ("Inflatable Kayak", {"capacity": "1 person"}),
                ("Touring Canoe", {"capacity": "3 persons"}), ("Sit-on-Top Kayak", {"capacity": "1 person"})],
                attrs=dict(length_m=(3.0, 5.2, 1), capacity=None,
                           material=["polyethylene", "PVC drop-stitch", "fibreglass"], weight_kg=(11, 36, 1)),
                feats=["tracks straight and stays stable in choppy water",
                       "comes with paddles, a padded seat and a repair kit",
                       "is easy for two people to carry to the water"]),
            dict(code="ROD", image="fishing-rod", noun="fishing rod", price=85, variants=[
                "Telescopic Spinning Rod", "Fly Fishing Rod", "Carbon Travel Rod", "Surf Casting Rod"],
                attrs=dict(length_m=(1.8, 3.9, 1), sections=[2, 4, 5, 6], material=["carbon", "fibreglass", "composite"]),
                feats=["casts far with a light, responsive carbon blank",
                       "breaks down into short sections for easy transport",
                       "has corrosion-resistant guides for salt water"]),
        ]),
        ("Cycling & Skating", [
            dict(code="BIK", image="bicycle", noun="bike", price=690, variants=[
                ("City Bike", {"frame_material": ["steel", "aluminium"], "gears": [3, 7, 8]}),
                ("Gravel Bike", {"frame_material": ["aluminium", "carbon"], "gears": [11, 20, 22]}),
                ("Hybrid Commuter Bike", {"frame_material": "aluminium", "gears": [8, 9, 10]}),
                ("Kids' Bike 20-inch", {"frame_size": "20-inch wheels", "frame_material": "aluminium", "gears": [1, 6, 7]}),
                ("Folding Bike", {"frame_size": "one size", "frame_material": ["aluminium", "steel"], "gears": [3, 6, 7]})],
                attrs=dict(frame_size=["S", "M", "L", "XL"], gears=None,
                           frame_material=None, color=["black", "mint", "red", "white", "grey"]),
                feats=["rolls smoothly on puncture-resistant tyres",
                       "comes ready to ride with pedals, reflectors and a bell",
                       "shifts crisply even when the weather turns",
                       "weighs little enough to carry up a flight of stairs"]),
            dict(code="SKB", image="skateboard", noun="board", price=79, variants=[
                "Complete Skateboard", "Cruiser Board", "Longboard", "Mini Cruiser"],
                attrs=dict(deck_length_cm=(56, 105, 0), wheel_hardness=["78A", "83A", "99A"],
                           color=["natural", "black", "pink", "blue"]),
                feats=["has a seven-ply maple deck with plenty of pop",
                       "glides over rough tarmac on soft, wide wheels",
                       "turns sharply thanks to tuned trucks and bushings"]),
        ]),
    ], ["Ridgeline", "Basecamp", "Trailhead", "Cirrus", "Talus", "Moraine", "Timberline", "Nomad",
        "Pathfinder", "Scree", "Lichen", "Kestrel", "Glacier", "Drift", "Highpass", "Wayfarer", "Fjell", "Sierra"]),

    ("Sports", "SPO", 1.0, [
        ("Ball Sports", [
            dict(code="BAS", image="basketball", noun="basketball", price=32, variants=[
                "Indoor Game Basketball", "Outdoor Rubber Basketball", "Composite Basketball", "Mini Basketball"],
                attrs=dict(size=[5, 6, 7], surface=["indoor", "outdoor", "indoor/outdoor"],
                           material=["composite leather", "rubber", "microfibre"]),
                feats=["has deep channels and a tacky grip for confident handling",
                       "keeps its bounce after months on outdoor courts",
                       "is approved for club and school competitions"]),
            dict(code="FTB", image="soccer-ball", noun="football", price=29, variants=[
                "Match Football", "Training Football", ("Futsal Ball", {"size": 4}), ("Kids' Football", {"size": [3, 4]})],
                attrs=dict(size=[3, 4, 5], construction=["thermo-bonded", "hand-stitched", "machine-stitched"]),
                feats=["flies true thanks to thermo-bonded panels",
                       "holds its shape and pressure through a whole season",
                       "has a soft touch that makes first-time control easy"]),
        ]),
        ("Racket Sports", [
            dict(code="TRK", image="tennis-racket", noun="racket", price=125, variants=[
                "Tennis Racket 100", "Power Tennis Racket", "Control Tennis Racket", ("Junior Tennis Racket 25", {"weight_g": (220, 245, 0)})],
                attrs=dict(head_size_sq_in=[95, 98, 100, 105], weight_g=(255, 315, 0), grip_size=["G1", "G2", "G3", "G4"]),
                feats=["adds easy power with a forgiving sweet spot",
                       "dampens vibration so your elbow thanks you",
                       "comes strung with a durable multifilament string"]),
            dict(code="BAD", image="badminton", noun="badminton kit", price=42, variants=[
                "Badminton Racket", "Badminton Set for Four",
                ("Feather Shuttlecocks (12)", {"weight_g": None, "balance": None, "pieces": 12, "_feats": SHUTTLE}),
                ("Nylon Shuttlecocks (6)", {"weight_g": None, "balance": None, "pieces": 6, "_feats": SHUTTLE})],
                attrs=dict(weight_g=(78, 92, 0), balance=["head-heavy", "even", "head-light"], pieces=1),
                feats=["whips through the air with a slim aerodynamic frame",
                       "is ideal for garden games and club evenings alike",
                       "flies with a stable, predictable trajectory"]),
        ]),
        ("Fitness", [
            dict(code="BOX", image="boxing-glove", noun="pair of gloves", price=55, variants=[
                ("Boxing Gloves 12 oz", {"weight_oz": 12}), ("Boxing Gloves 14 oz", {"weight_oz": 14}),
                ("Bag Mitts", {"weight_oz": 8}), ("Kids' Sparring Gloves", {"weight_oz": 6})],
                attrs=dict(weight_oz=None, closure=["hook-and-loop", "lace-up"],
                           material=["synthetic leather", "cowhide leather"], color=["black", "red", "white", "blue"]),
                feats=["protects the knuckles with multi-layer foam padding",
                       "has a breathable lining that stays fresh after long sessions",
                       "closes securely with a wide wrist strap"]),
            dict(code="TIM", image="stopwatch", noun="timer", price=26, variants=[
                "Digital Stopwatch", "Coach's Stopwatch", "Interval Timer", "Swim Lap Timer"],
                attrs=dict(memory_laps=[1, 10, 50, 100], water_resistance=["splash-proof", "5 ATM"], battery="CR2032"),
                feats=["records split and lap times to a hundredth of a second",
                       "has large digits you can read mid-sprint",
                       "runs for two years on a single coin cell"]),
        ]),
        ("Winter Sports", [
            dict(code="SKI", image="skis", noun="ski gear", price=390, variants=[
                "All-Mountain Skis", "Piste Carving Skis", "Freeride Skis", "Junior Skis", ("Ski Boots", {"length_cm": None, "flex": [60, 80, 100, 120], "_feats": ["has a heat-mouldable liner for a custom fit", "closes securely with four micro-adjustable buckles"]})],
                attrs=dict(length_cm=[150, 158, 165, 172, 180, 186], level=["beginner", "intermediate", "expert"]),
                feats=["carves clean arcs on hard-packed pistes",
                       "floats in fresh snow without feeling nervous on groomers",
                       "is forgiving enough for a first week on snow"]),
            dict(code="SKT", image="ice-skate", noun="pair of skates", price=95, variants=[
                "Figure Skates", "Ice Hockey Skates", "Recreational Ice Skates", ("Adjustable Kids' Skates", {"sizes": "29-36"})],
                attrs=dict(sizes="36-46", blade=["stainless steel", "carbon steel"], color=["white", "black", "pink"]),
                feats=["holds an edge well thanks to a hardened steel blade",
                       "has a padded, heat-mouldable inner boot",
                       "laces quickly with speed hooks at the top"]),
        ]),
    ], ["Apex", "Sprint", "Courtside", "Rally", "Velo", "Summit", "Pulse", "Strike", "Arena", "Match",
        "Vector", "Tempo", "Glide", "Podium", "Edge", "Kinetic", "Flux"]),

    ("Electronics", "ELE", 1.4, [
        ("Computers", [
            dict(code="LAP", image="laptop", noun="laptop", price=980, variants=[
                ("13-inch Convertible Laptop", {"screen_in": 13.3}), ("14-inch Ultrabook", {"screen_in": 14.0}),
                ("15.6-inch Laptop", {"screen_in": 15.6}), ("16-inch Creator Laptop", {"screen_in": 16.0}),
                ("17-inch Gaming Laptop", {"screen_in": 17.3})],
                attrs=dict(screen_in=None, ram_gb=[8, 16, 16, 32], storage_gb=[256, 512, 512, 1024, 2048],
                           cpu_cores=[6, 8, 10, 12, 16], weight_kg=(1.1, 2.9, 2), color=["silver", "graphite", "black"]),
                feats=["runs a full working day on a single charge",
                       "has a bright, colour-accurate display with a matte finish",
                       "stays quiet under load thanks to a dual-fan design",
                       "offers two USB-C ports, HDMI and a proper headphone jack"]),
            dict(code="DES", image="desktop-computer", noun="computer", price=890, variants=[
                "Mini PC", ("24-inch All-in-One PC", {"screen_in": 23.8}), "Tower Workstation",
                ("27-inch 4K Monitor", {"ram_gb": None, "storage_gb": None, "screen_in": 27, "_feats": ["shows sharp text and accurate colours", "has a height-adjustable, swivelling stand", "charges a laptop over a single USB-C cable"]}), "Compact Office Desktop"],
                attrs=dict(screen_in=None, ram_gb=[8, 16, 32, 64], storage_gb=[512, 1024, 2048], ports=["USB-C, HDMI, Ethernet", "USB-A x4, DisplayPort, HDMI"]),
                feats=["fits on the smallest desk and stays whisper-quiet",
                       "can be opened without tools for easy upgrades",
                       "drives two 4K displays out of the box"]),
            dict(code="MOU", image="computer-mouse", noun="mouse", price=36, variants=[
                "Wireless Mouse", "Ergonomic Vertical Mouse", "Gaming Mouse", "Silent Travel Mouse"],
                attrs=dict(dpi=[1600, 4000, 8000, 26000], connection=["Bluetooth", "2.4 GHz USB receiver", "wired USB-C"],
                           buttons=[3, 5, 6, 8], color=["black", "white", "grey"]),
                feats=["clicks silently, so it is perfect for shared offices",
                       "tracks precisely on glass and glossy desks",
                       "pairs with three devices and switches with one button"]),
        ]),
        ("Phones & Power", [
            dict(code="PHN", image="smartphone", noun="phone", price=520, variants=[
                ("6.1-inch Smartphone 128 GB", {"storage_gb": 128, "screen_in": 6.1}),
                ("6.7-inch Smartphone 256 GB", {"storage_gb": 256, "screen_in": 6.7}),
                ("Compact Smartphone 128 GB", {"storage_gb": 128, "screen_in": 5.8}),
                ("Rugged Smartphone 64 GB", {"storage_gb": 64, "screen_in": 6.3})],
                attrs=dict(storage_gb=None, screen_in=None, battery_mah=[3800, 4500, 5000, 6000],
                           color=["black", "blue", "lavender", "silver", "green"]),
                feats=["takes sharp low-light photos with its main camera",
                       "gets five years of security updates",
                       "charges to 50 percent in about twenty minutes"]),
            dict(code="PWR", image="battery", noun="power bank", price=39, variants=[
                ("Power Bank 10,000 mAh", {"capacity_mah": 10000}), ("Power Bank 20,000 mAh", {"capacity_mah": 20000}),
                ("Rechargeable AA Batteries (8-pack)", {"capacity_mah": 2500, "output_w": None, "_feats": ["holds its charge for months in a drawer", "can be recharged up to 1,000 times"]}),
                ("Laptop Power Bank 25,000 mAh", {"capacity_mah": 25000})],
                attrs=dict(capacity_mah=None, output_w=[18, 20, 30, 45, 65]),
                feats=["tops up a phone two to three times",
                       "is small enough to slip into a jeans pocket",
                       "is allowed in cabin luggage on most airlines"]),
        ]),
        ("Audio", [
            dict(code="HPH", image="headphones", noun="pair of headphones", price=160, variants=[
                "Wireless Over-Ear Headphones",
                ("Noise-Cancelling Headphones", {"noise_cancelling": True, "_feats": ["blocks out train and office noise with adaptive noise cancelling", "lets you hear announcements with a quick transparency mode"]}),
                ("Studio Monitor Headphones", {"battery_h": None, "connection": "3.5 mm / 6.35 mm cable", "_feats": ["reveals every detail of a mix with a flat, honest response", "has replaceable ear pads and a coiled cable"]}),
                ("Kids' Volume-Limited Headphones", {"noise_cancelling": False, "_feats": ["limits volume to a safe 85 dB", "survives being sat on, dropped and bent"]}),
                ("True Wireless Earbuds", {"_feats": ["fits securely with three sizes of ear tips", "comes with a pocket-sized charging case", "blocks out background noise on calls"]})],
                attrs=dict(battery_h=[20, 30, 40, 60], noise_cancelling=False,
                           connection=["Bluetooth 5.3", "Bluetooth 5.3 + 3.5 mm cable"], color=["black", "white", "sand", "blue"]),
                feats=["sounds balanced, with tight bass and clear vocals",
                       "folds flat into a slim carrying case",
                       "stays comfortable for hours thanks to memory-foam cushions"]),
            dict(code="SPK", image="speaker", noun="speaker", price=115, variants=[
                "Portable Bluetooth Speaker",
                ("Smart Home Speaker", {"battery_h": None, "waterproof": None, "_feats": ["responds to voice commands in five languages", "groups with other speakers for multi-room audio"]}),
                ("Bookshelf Speakers (Pair)", {"battery_h": None, "waterproof": None, "_feats": ["sounds open and detailed at any volume", "has a built-in amplifier and a phono input"]}),
                ("Soundbar", {"battery_h": None, "waterproof": None, "_feats": ["makes film dialogue crystal clear", "connects to the TV with a single HDMI cable"]}),
                ("Waterproof Shower Speaker", {"power_w": [5, 10], "waterproof": "IP67"})],
                attrs=dict(power_w=[10, 20, 40, 80, 120], battery_h=[12, 16, 24], waterproof=["IPX5", "IP67"]),
                feats=["fills a room with surprisingly deep bass",
                       "pairs with a second speaker for stereo sound",
                       "survives rain, sand and the occasional pool dip"]),
        ]),
        ("Cameras & TV", [
            dict(code="CAM", image="camera", noun="camera", price=760, variants=[
                "Mirrorless Camera Kit", ("Compact Travel Camera", {"sensor": "1-inch", "weight_g": (180, 320, 0)}),
                ("Instant Film Camera", {"megapixels": None, "video": None, "sensor": "instant film", "_feats": ["prints credit-card-sized photos in seconds", "sets the exposure automatically, so every shot is easy"]}),
                ("Full-Frame Camera Body", {"sensor": "full frame"}),
                ("4K Action Camera", {"sensor": "1/2.3-inch", "video": "4K60", "_feats": ["is waterproof to 10 metres without a housing", "keeps footage smooth with electronic stabilisation"]})],
                attrs=dict(megapixels=[12, 20, 24, 26, 33, 45], video=["1080p", "4K30", "4K60"],
                           sensor=["1-inch", "APS-C", "full frame"], weight_g=(140, 720, 0)),
                feats=["focuses quickly and tracks eyes reliably",
                       "has in-body stabilisation for sharp handheld shots",
                       "transfers photos to your phone over Wi-Fi"]),
            dict(code="TVS", image="television", noun="TV", price=640, variants=[
                ("32-inch HD Smart TV", {"screen_in": 32, "resolution": "HD"}),
                ("43-inch 4K TV", {"screen_in": 43}), ("55-inch 4K QLED TV", {"screen_in": 55}),
                ("65-inch OLED TV", {"screen_in": 65})],
                attrs=dict(screen_in=None, resolution="4K UHD", hdr=["HDR10", "HDR10, HLG", "Dolby Vision, HDR10"], refresh_hz=[50, 60, 120]),
                feats=["shows deep blacks and vivid colours from any seat",
                       "has a low-latency game mode with variable refresh rate",
                       "streams all major apps without an extra box"]),
        ]),
    ], ["Nova", "Pixel", "Vertex", "Quanta", "Orbit", "Helix", "Prism", "Ion", "Vega", "Flux", "Echo",
        "Lumen", "Axis", "Zephyr", "Core", "Stratus", "Photon"]),

    ("Music", "MUS", 0.7, [
        ("Strings", [
            dict(code="GTR", image="guitar", noun="guitar", price=430, variants=[
                ("Electric Guitar", {"body": ["alder", "ash", "mahogany"]}), "Acoustic Dreadnought Guitar",
                ("Classical Nylon-String Guitar", {"top": ["solid cedar", "solid spruce"]}),
                ("4-String Bass Guitar", {"strings": 4, "top": None, "body": ["alder", "ash"]}), "3/4 Travel Guitar"],
                attrs=dict(strings=6, top=["solid spruce", "spruce", "mahogany"], finish=["sunburst", "natural", "black", "cherry red", "sea foam"]),
                feats=["plays easily thanks to a low, even action",
                       "has a warm, articulate voice that records beautifully",
                       "stays in tune thanks to quality machine heads"]),
            dict(code="VIO", image="violin", noun="violin", price=330, variants=[
                ("Violin Outfit 4/4", {"size": "4/4"}), ("Student Violin 3/4", {"size": "3/4"}),
                ("Electric Violin", {"size": "4/4"}), ("Viola 16-inch", {"size": "16 in"})],
                attrs=dict(size=None, top_wood="spruce", includes=["case and bow", "case, bow and rosin"]),
                feats=["is set up by hand with quality strings and a fitted bridge",
                       "projects a clear, focused tone",
                       "comes in a light, padded case with a hygrometer"]),
        ]),
        ("Keys & Wind", [
            dict(code="PNO", image="digital-piano", noun="keyboard instrument", price=690, variants=[
                ("88-Key Digital Piano", {"keys": 88, "action": "hammer action"}), ("61-Key Portable Keyboard", {"keys": 61, "action": "synth action"}),
                ("88-Key Stage Piano", {"keys": 88, "action": "hammer action"}),
                ("49-Key MIDI Controller", {"keys": 49, "action": "semi-weighted", "polyphony": None, "_feats": ["plugs into any computer over USB with no drivers", "has velocity-sensitive pads and assignable knobs"]})],
                attrs=dict(keys=None, action=["hammer action", "semi-weighted", "synth action"], polyphony=[64, 128, 256]),
                feats=["has a graded hammer action that feels like an acoustic piano",
                       "connects to learning apps over USB and Bluetooth MIDI",
                       "includes a headphone output for silent practice"]),
            dict(code="TPT", image="trumpet", noun="trumpet", price=490, variants=[
                "Bb Trumpet", "Student Trumpet", "Pocket Trumpet", "Flugelhorn"],
                attrs=dict(key="Bb", finish=["lacquered brass", "silver-plated"], bore=["medium", "medium-large"]),
                feats=["responds easily across the whole range",
                       "has smooth Monel valves that need little care",
                       "comes with a 7C mouthpiece and a backpack case"]),
            dict(code="SAX", image="saxophone", noun="saxophone", price=1150, variants=[
                ("Alto Saxophone", {"key": "Eb"}), ("Tenor Saxophone", {"key": "Bb"}),
                ("Student Alto Saxophone", {"key": "Eb"}), ("Soprano Saxophone", {"key": "Bb"})],
                attrs=dict(key=None, finish=["gold lacquer", "black nickel", "vintage brass"]),
                feats=["speaks easily with a rich, centred tone",
                       "has an ergonomic key layout for fast passages",
                       "is fully regulated before it leaves the workshop"]),
        ]),
        ("Percussion", [
            dict(code="DRM", image="drum", noun="drum", price=540, variants=[
                ("5-Piece Drum Kit", {"pieces": 5}), ("14x5.5 Snare Drum", {"pieces": 1, "cymbals_included": False}),
                ("Electronic Drum Kit", {"pieces": 8, "shell": "mesh heads", "cymbals_included": True, "_feats": ["has quiet mesh heads for practising at home", "includes hundreds of sampled kits and a metronome"]}),
                ("Junior Drum Kit", {"pieces": 3})],
                attrs=dict(pieces=None, shell=["birch", "maple", "poplar"], cymbals_included=[True, False]),
                feats=["sounds punchy and warm straight out of the box",
                       "has sturdy double-braced hardware",
                       "tunes easily and holds its tuning"]),
            dict(code="SHK", image="maracas", noun="percussion set", price=19, variants=[
                "Wooden Maracas (Pair)", "Egg Shaker Set", "Tambourine", "Kids' Hand Percussion Kit"],
                attrs=dict(material=["hardwood", "ABS plastic", "rawhide"], pieces=[1, 2, 4, 8]),
                feats=["adds a crisp rhythmic shimmer to any jam",
                       "is safe and fun for small hands",
                       "sounds bright without being harsh"]),
        ]),
        ("Recording", [
            dict(code="MIC", image="microphone", noun="microphone", price=99, variants=[
                ("Dynamic Vocal Microphone", {"type": "dynamic", "connection": "XLR", "_feats": ["handles loud amps and powerful vocals without distortion", "captures voices clearly while rejecting stage noise"]}),
                ("USB Condenser Microphone", {"type": "condenser", "connection": "USB-C", "_feats": ["plugs straight into a laptop with no interface", "has a headphone jack for zero-latency monitoring"]}),
                ("Large-Diaphragm Studio Microphone", {"type": "condenser", "connection": "XLR", "polar_pattern": ["cardioid", "multi-pattern"], "_feats": ["captures vocals and acoustic guitar in rich detail", "comes with a shock mount and a pop filter"]}),
                ("Wireless Handheld Microphone", {"type": "dynamic", "connection": "2.4 GHz wireless", "_feats": ["lets you move freely up to 50 metres from the receiver", "runs for eight hours on one charge"]}),
                ("Podcast Microphone Kit", {"type": "dynamic", "connection": "XLR + USB-C", "_feats": ["comes with a boom arm, pop filter and cable", "makes voices sound warm and broadcast-ready"]})],
                attrs=dict(type=["dynamic", "condenser"], polar_pattern=["cardioid", "cardioid", "supercardioid"],
                           connection=["XLR", "USB-C", "XLR + USB-C"]),
                feats=["captures voices clearly while rejecting room noise",
                       "plugs straight into a laptop with no interface",
                       "handles loud guitar amps without distortion"]),
        ]),
    ], ["Aria", "Cadence", "Sonata", "Vintage", "Crescendo", "Harmony", "Studio", "Encore", "Allegro",
        "Legato", "Tremolo", "Nocturne", "Overture", "Rhapsody", "Jubilee"]),

    ("Kitchen", "KIT", 1.0, [
        ("Cookware", [
            dict(code="PAN", image="frying-pan", noun="pan", price=48, variants=[
                ("Non-Stick Frying Pan 24 cm", {"diameter_cm": 24, "material": "aluminium, PFAS-free coating"}),
                ("Cast-Iron Skillet 26 cm", {"diameter_cm": 26, "material": "cast iron"}),
                ("Stainless Steel Sauté Pan 28 cm", {"diameter_cm": 28, "material": "tri-ply stainless steel"}),
                ("Carbon Steel Wok 30 cm", {"diameter_cm": 30, "material": "carbon steel"}),
                ("Crêpe Pan 25 cm", {"diameter_cm": 25, "material": "aluminium, PFAS-free coating"})],
                attrs=dict(diameter_cm=None, material=None, induction=[True, True, False], dishwasher_safe=[True, False]),
                feats=["heats evenly right to the edge",
                       "goes from hob to oven up to 260 °C",
                       "releases eggs and pancakes without a fight"]),
            dict(code="POT", image="cooking-pot", noun="pot", price=75, variants=[
                ("Stock Pot 8 L", {"capacity_l": 8.0}), ("Enamelled Dutch Oven 5 L", {"capacity_l": 5.0}),
                ("Saucepan Set (3 pieces)", {"capacity_l": 4.5}), ("Pressure Cooker 6 L", {"capacity_l": 6.0})],
                attrs=dict(capacity_l=None, material=["stainless steel", "enamelled cast iron", "hard-anodised aluminium"], induction=[True, False]),
                feats=["keeps a gentle simmer for hours",
                       "has a tight-fitting lid with a steam vent",
                       "shows measuring marks on the inside"]),
        ]),
        ("Tableware", [
            dict(code="DIN", image="dinner-set", noun="set", price=95, variants=[
                ("Dinner Service for 4 (16 pieces)", {"pieces": 16}), ("Stoneware Dinner Set (12 pieces)", {"pieces": 12}),
                ("Porcelain Plate Set (6)", {"pieces": 6}), ("Cutlery Set (24 pieces)", {"pieces": 24, "material": "18/10 stainless steel", "color": None, "_feats": ["has a satin finish that hides fingerprints", "feels nicely weighted in the hand"]})],
                attrs=dict(pieces=None, material=["stoneware", "porcelain", "bone china"], dishwasher_safe=True,
                           color=["white", "sage", "charcoal", "speckled sand"]),
                feats=["is sturdy enough for everyday use and smart enough for guests",
                       "stacks neatly in a small cupboard",
                       "is microwave and dishwasher safe"]),
            dict(code="GLS", image="wine-glass", noun="set of glasses", price=36, variants=[
                ("Red Wine Glasses (Set of 4)", {"pieces": 4}), ("White Wine Glasses (Set of 6)", {"pieces": 6}),
                ("Champagne Flutes (Pair)", {"pieces": 2}), ("Stemless Wine Tumblers (Set of 4)", {"pieces": 4})],
                attrs=dict(volume_ml=[220, 350, 450, 580], pieces=None, material=["lead-free crystal", "soda-lime glass"]),
                feats=["has a fine, laser-cut rim",
                       "is surprisingly resistant to chips in the dishwasher",
                       "brings out the aroma of young and aged wines"]),
        ]),
        ("Tea & Coffee", [
            dict(code="TPO", image="teapot", noun="teapot", price=42, variants=[
                ("Cast-Iron Teapot 0.8 L", {"capacity_l": 0.8, "material": "cast iron"}),
                ("Glass Teapot with Infuser 1 L", {"capacity_l": 1.0, "material": "borosilicate glass", "infuser": True}),
                ("Ceramic Teapot 1.2 L", {"capacity_l": 1.2, "material": "ceramic"}),
                ("Tea-for-One Set", {"capacity_l": 0.4, "material": "porcelain"})],
                attrs=dict(capacity_l=None, material=None, infuser=[True, False]),
                feats=["pours cleanly without a single drip",
                       "keeps tea hot through a long conversation",
                       "is comfortable to hold even when full"]),
            dict(code="MUG", image="coffee-mug", noun="mug", price=15, variants=[
                ("Stoneware Mug 350 ml", {"volume_ml": 350, "material": "stoneware"}),
                ("Double-Wall Glass Mug", {"volume_ml": 300, "material": "borosilicate glass"}),
                ("Insulated Travel Mug", {"volume_ml": 450, "material": "stainless steel", "microwave_safe": False, "_feats": ["keeps coffee hot for six hours", "has a leak-proof lid that fits most cup holders"]}),
                ("Espresso Cups (Set of 4)", {"volume_ml": 80, "material": "porcelain"})],
                attrs=dict(volume_ml=None, material=None, microwave_safe=True),
                feats=["has a generous handle that fits the whole hand",
                       "keeps coffee warm without burning your fingers",
                       "is sturdy enough for everyday use"]),
        ]),
        ("Kitchen Tools", [
            dict(code="KNF", image="chef-knife", noun="knife", price=78, variants=[
                ("Chef's Knife 20 cm", {"blade_cm": 20}), ("Santoku Knife 18 cm", {"blade_cm": 18}),
                ("Knife Block Set (6 pieces)", {"blade_cm": None}), ("Bread Knife 23 cm", {"blade_cm": 23}),
                ("Paring Knife 9 cm", {"blade_cm": 9})],
                attrs=dict(blade_cm=None, steel=["X50CrMoV15 stainless", "VG-10 Damascus", "high-carbon stainless"],
                           handle=["olive wood", "POM", "walnut", "pakkawood"]),
                feats=["holds a razor edge through weeks of daily prep",
                       "is perfectly balanced at the bolster",
                       "glides through tomatoes and onions without tearing"]),
            dict(code="JAR", image="jar", noun="storage set", price=17, variants=[
                "Glass Storage Jars (Set of 3)", "Preserving Jar 1 L", "Airtight Pantry Canister", "Spice Jar Set (12)"],
                attrs=dict(material=["borosilicate glass", "soda-lime glass"], lid=["bamboo", "stainless steel", "clip-top with rubber seal"]),
                feats=["keeps flour, pasta and coffee fresh for longer",
                       "seals airtight with a food-safe gasket",
                       "lets you see at a glance when it is time to restock"]),
        ]),
    ], ["Provence", "Copperline", "Hearth", "Sakura", "Basil", "Tuscany", "Saffron", "Nordic", "Brasserie",
        "Bistro", "Atelier", "Harvest", "Maru", "Olive", "Slate"]),

    ("Home", "HOM", 1.1, [
        ("Furniture", [
            dict(code="CHR", image="chair", noun="chair", price=165, variants=[
                ("Oak Dining Chair", {"material": "solid oak"}), ("Ergonomic Office Chair", {"material": "mesh and aluminium"}),
                ("Rattan Lounge Chair", {"material": "rattan and steel"}), ("Folding Bistro Chair", {"material": "powder-coated steel"}),
                ("Upholstered Armchair", {"material": "beech and wool fabric"})],
                attrs=dict(material=None,
                           color=["natural", "black", "white", "forest green", "terracotta"], seat_height_cm=(42, 50, 0), max_load_kg=[110, 120, 150]),
                feats=["is comfortable enough for long dinners",
                       "assembles in about fifteen minutes",
                       "supports the lower back with a gently curved backrest"]),
            dict(code="BED", image="bed", noun="bed", price=560, variants=[
                ("Single Bed Frame 90x200", {"size_cm": "90x200"}), ("Double Bed Frame 140x200", {"size_cm": "140x200"}),
                ("King Bed with Storage 180x200", {"size_cm": "180x200", "_feats": ["hides bedding and suitcases in four deep drawers", "is rock-solid and completely creak-free"]}),
                ("Memory Foam Mattress 140x200", {"size_cm": "140x200", "material": "memory foam", "color": None, "_feats": ["supports the spine with seven comfort zones", "has a removable, washable cover"]})],
                attrs=dict(size_cm=None, material=["solid pine", "oak veneer", "upholstered fabric"], color=["natural", "white", "grey", "navy"]),
                feats=["is rock-solid and completely creak-free",
                       "assembles in under an hour with two people",
                       "comes with a slatted base and a ten-year frame guarantee"]),
            dict(code="SOF", image="sofa", noun="sofa", price=890, variants=[
                ("Two-Seat Sofa", {"seats": 2}), ("Three-Seat Sofa", {"seats": 3}), ("Corner Sofa", {"seats": 5}),
                ("Sofa Bed", {"seats": 3})],
                attrs=dict(seats=None, upholstery=["boucle", "linen blend", "velvet", "leather", "recycled polyester"],
                           color=["blue", "oatmeal", "grey", "rust", "olive"]),
                feats=["has removable, machine-washable covers",
                       "sinks in just enough without losing its shape",
                       "arrives in boxes that fit through narrow doorways"]),
        ]),
        ("Lighting", [
            dict(code="BLB", image="light-bulb", noun="bulb", price=9, variants=[
                ("LED Bulb E27 806 lm (2-pack)", {"socket": "E27", "lumens": 806}),
                ("Smart Colour Bulb E27", {"socket": "E27", "smart": True, "color_temp_k": "2200-6500"}),
                ("Filament LED Bulb E14", {"socket": "E14", "lumens": [250, 470]}),
                ("GU10 LED Spots (5-pack)", {"socket": "GU10", "lumens": [345, 460]})],
                attrs=dict(socket=None, lumens=[470, 806, 1055], color_temp_k=[2200, 2700, 3000, 4000], smart=False),
                feats=["gives a warm, flicker-free light",
                       "uses up to 85 percent less energy than an old bulb",
                       "dims smoothly on standard dimmer switches"]),
            dict(code="CND", image="candle", noun="candle", price=16, variants=[
                "Scented Candle 200 g", "Pillar Candle Set (3)", ("Beeswax Taper Candles (6)", {"scent": "natural honey"}), "Soy Jar Candle"],
                attrs=dict(scent=["fig & cedar", "sea salt", "vanilla amber", "unscented", "lavender", "black tea"], burn_time_h=[20, 35, 45, 60]),
                feats=["burns cleanly with a cotton wick",
                       "fills a room with a subtle, natural fragrance",
                       "is hand-poured in small batches"]),
        ]),
        ("Decor", [
            dict(code="FRM", image="picture-frame", noun="frame", price=22, variants=[
                "Photo Frame 13x18", "Gallery Frame Set (7 pieces)", ("Oak Frame A3", {"material": "oak", "color": "natural"}), "Collage Frame"],
                attrs=dict(material=["oak", "aluminium", "walnut veneer", "recycled plastic"], color=["natural", "black", "white", "brass"]),
                feats=["hangs portrait or landscape",
                       "comes with a real glass front and an acid-free mount",
                       "makes a gallery wall look effortless"]),
            dict(code="MIR", image="mirror", noun="mirror", price=88, variants=[
                "Round Wall Mirror 60 cm", "Full-Length Mirror", "Arched Mirror", "Vanity Mirror with LED"],
                attrs=dict(frame=["brass", "black metal", "oak", "rattan", "frameless"], height_cm=(40, 170, 0)),
                feats=["makes small rooms feel bigger and brighter",
                       "uses distortion-free safety-backed glass",
                       "includes all the fixings for wall mounting"]),
            dict(code="VAS", image="vase", noun="vase", price=32, variants=[
                ("Ceramic Vase 30 cm", {"material": "ceramic", "height_cm": 30}), ("Glass Bud Vase", {"material": "glass", "height_cm": (10, 18, 0)}),
                ("Terracotta Amphora Vase", {"material": "terracotta"}), ("Stoneware Vase Set (3)", {"material": "stoneware"})],
                attrs=dict(height_cm=(12, 45, 0), material=None, color=["terracotta", "white", "sage", "amber", "black"]),
                feats=["looks just as good empty as with a single branch",
                       "is watertight, so it is ready for fresh flowers",
                       "is made by hand, so no two are exactly alike"]),
        ]),
        ("Cleaning", [
            dict(code="BRM", image="broom", noun="cleaning tool", price=19, variants=[
                "Indoor Broom with Dustpan", "Outdoor Yard Broom", "Soft-Bristle Hearth Brush", "Extendable Cobweb Broom"],
                attrs=dict(handle_cm=(40, 150, 0), bristles=["natural fibre", "recycled PET", "horsehair"]),
                feats=["sweeps up fine dust and pet hair in one pass",
                       "stands upright on its own for tidy storage",
                       "has a handle made from FSC-certified beech"]),
        ]),
    ], ["Linnea", "Haven", "Oslo", "Marlow", "Juniper", "Alba", "Kyoto", "Hygge", "Sienna", "Fjord",
        "Camden", "Brisa", "Willow", "Ember", "Terra"]),

    ("Garden", "GAR", 0.7, [
        ("Houseplants", [
            dict(code="PLT", image="potted-plant", noun="plant", price=28, variants=[
                "Monstera Deliciosa 60 cm", "Fiddle-Leaf Fig", "Snake Plant in Ceramic Pot", "Golden Pothos Hanging Plant", "Olive Tree 90 cm"],
                attrs=dict(height_cm=(25, 120, 0), pot_diameter_cm=[12, 14, 17, 21, 24], light=["bright indirect", "low light", "full sun"], pet_safe=[True, False]),
                feats=["arrives healthy, well-rooted and ready to display",
                       "forgives the occasional missed watering",
                       "cleans the air and brightens a dull corner"]),
            dict(code="CAC", image="cactus", noun="cactus", price=15, variants=[
                "Cactus Trio", "Golden Barrel Cactus", "Succulent Collection (6)", "Bunny Ear Cactus"],
                attrs=dict(height_cm=(8, 35, 0), pot_diameter_cm=[6, 9, 12], watering=["every 2-3 weeks", "monthly"]),
                feats=["thrives on a sunny windowsill with very little care",
                       "comes in a glazed pot with drainage",
                       "is perfect for first-time plant owners"]),
        ]),
        ("Seeds & Flowers", [
            dict(code="SED", image="seedling", noun="seed kit", price=8, variants=[
                "Kitchen Herb Seed Kit", ("Tomato Seedlings (6)", {"sowing": "plant out May-June", "_feats": ["arrives as sturdy young plants ready to pot on", "is grown in peat-free compost"]}), "Wildflower Seed Mix 100 g", "Microgreens Starter Kit", "Vegetable Seed Collection"],
                attrs=dict(sowing=["March-May", "April-June", "all year indoors"], organic=[True, False]),
                feats=["germinates reliably with clear step-by-step instructions",
                       "is grown from untreated, open-pollinated seed",
                       "feeds bees and butterflies all summer"]),
            dict(code="BLB", image="tulip", noun="bulb pack", price=13, variants=[
                ("Tulip Bulbs (25)", {"count": 25}), ("Mixed Spring Bulbs (40)", {"count": 40}),
                ("Daffodil Bulbs (20)", {"count": 20}), ("Potted Tulips", {"count": 10, "_feats": ["arrives in bud and flowers for weeks indoors", "can be planted out in the garden after flowering"]})],
                attrs=dict(count=None, flowering=["March-April", "April-May"], color=["mixed", "red", "yellow", "white", "purple"]),
                feats=["flowers year after year in borders and pots",
                       "is sized 12+ for big, strong blooms",
                       "is easy to plant from September to December"]),
            dict(code="SUN", image="sunflower", noun="sunflower pack", price=9, variants=[
                "Giant Sunflower Seeds", "Dwarf Sunflower Seeds", ("Sunflower Bunch (10 stems)", {"height_cm": None, "flowering": None, "vase_life_days": 7, "_feats": ["brings instant summer to any table", "lasts a week or more in a vase"]}), "Sunflower Grow Kit"],
                attrs=dict(height_cm=(40, 300, 0), flowering=["July-September", "August-October"]),
                feats=["turns any sunny spot into a wall of gold",
                       "is a fun first growing project for children",
                       "leaves seed heads the birds will love in autumn"]),
            dict(code="BOQ", image="bouquet", noun="bouquet", price=36, variants=[
                ("Seasonal Bouquet", {"stems": 15}), ("Rose Bouquet (20 stems)", {"stems": 20}),
                ("Dried Flower Bouquet", {"stems": 25, "vase_life_days": None, "_feats": ["lasts for months without water", "is arranged by hand from naturally dried flowers"]}), ("Peony Bouquet", {"stems": 10})],
                attrs=dict(stems=None, vase_life_days=[5, 7, 10], gift_message=True),
                feats=["is arranged by hand on the morning it ships",
                       "arrives in a water-bubble box so it stays fresh",
                       "comes with flower food and a handwritten card"]),
        ]),
        ("Outdoor Living", [
            dict(code="UMB", image="patio-umbrella", noun="parasol", price=145, variants=[
                ("Balcony Parasol 2 m", {"diameter_m": 2.0}), ("Garden Parasol 3 m", {"diameter_m": 3.0}),
                ("Cantilever Parasol 3x3 m", {"diameter_m": 3.0}), ("Beach Umbrella 1.8 m", {"diameter_m": 1.8, "tilt": False, "_feats": ["anchors firmly in sand with a screw-in spike", "blocks 98 percent of UV rays"]})],
                attrs=dict(diameter_m=None, upf=[30, 50], tilt=True, color=["ecru", "terracotta", "grey", "olive", "stripes"]),
                feats=["blocks 98 percent of UV rays",
                       "opens with a smooth crank and tilts to follow the sun",
                       "uses fade-resistant, solution-dyed fabric"]),
        ]),
    ], ["Meadow", "Bramble", "Orchard", "Fern", "Sorrel", "Hawthorn", "Primrose", "Clover", "Rosemary",
        "Greenhouse", "Verbena", "Thistle", "Sunhill"]),

    ("Tools & DIY", "TOO", 0.8, [
        ("Hand Tools", [
            dict(code="HAM", image="hammer", noun="hammer", price=24, variants=[
                ("Claw Hammer 450 g", {"head_weight_g": 450}), ("Rubber Mallet", {"head_weight_g": 680, "_feats": ["taps tiles and joints into place without marking them", "has a non-slip grip that stays put"]}),
                ("Club Hammer 1.25 kg", {"head_weight_g": 1250}), ("Framing Hammer 600 g", {"head_weight_g": 600})],
                attrs=dict(head_weight_g=None, handle=["fibreglass", "hickory", "steel with rubber grip"]),
                feats=["drives nails straight with a perfectly balanced head",
                       "absorbs shock through an anti-vibration handle",
                       "has a forged, heat-treated steel head"]),
            dict(code="WRN", image="wrench", noun="wrench", price=29, variants=[
                "Adjustable Wrench 250 mm", "Combination Spanner Set (12)", "Torque Wrench 1/2-inch", "Pipe Wrench 14-inch"],
                attrs=dict(material=["chrome vanadium steel", "drop-forged steel"], finish=["satin chrome", "black phosphate"]),
                feats=["grips bolts firmly without rounding them",
                       "is laser-etched with clear, permanent size markings",
                       "comes in a tidy roll-up pouch"]),
            dict(code="SCD", image="screwdriver", noun="screwdriver set", price=22, variants=[
                ("Precision Screwdriver Set (24)", {"pieces": 24}), ("Insulated VDE Screwdriver Set", {"pieces": 7}),
                ("Ratcheting Screwdriver", {"pieces": 12}), ("Cordless Screwdriver 3.6 V", {"pieces": 10})],
                attrs=dict(pieces=None, tips=["PH, PZ, slotted, Torx", "PH, slotted", "Torx, hex, PH"], magnetic=True),
                feats=["has magnetic tips that hold tiny screws",
                       "is comfortable to use thanks to a two-component grip",
                       "keeps every bit organised in a clear case"]),
            dict(code="SAW", image="hand-saw", noun="saw", price=27, variants=[
                ("Hand Saw 500 mm", {"blade_mm": 500, "tpi": [7, 9]}), ("Japanese Pull Saw", {"blade_mm": 240, "tpi": [14, 17]}),
                ("Hacksaw", {"blade_mm": 300, "tpi": [24, 32]}),
                ("Folding Pruning Saw", {"blade_mm": 180, "tpi": 7, "_feats": ["folds away safely when not in use", "cuts green branches up to 10 cm thick"]})],
                attrs=dict(blade_mm=None, tpi=None),
                feats=["cuts fast and clean with induction-hardened teeth",
                       "leaves a fine kerf for accurate work",
                       "has a comfortable, non-slip handle"]),
        ]),
        ("Storage & Security", [
            dict(code="LCK", image="padlock", noun="lock", price=17, variants=[
                "Brass Padlock 40 mm",
                ("Combination Padlock", {"keys": 0, "_feats": ["can be reset to your own four-digit code", "resists cutting with a hardened boron steel shackle"]}),
                "Weatherproof Padlock", "Heavy-Duty Bike Chain Lock"],
                attrs=dict(shackle_mm=[6, 8, 10, 12], keys=[2, 3, 4], security_level=(3, 10, 0)),
                feats=["resists cutting with a hardened boron steel shackle",
                       "keeps working in frost and salt spray",
                       "comes with keys that are hard to copy"]),
            dict(code="TBX", image="toolbox", noun="tool box", price=48, variants=[
                "Metal Toolbox with 3 Trays", "Rolling Tool Case", "Tool Bag 16-inch", ("Mechanics Tool Set (108 pieces)", {"pieces": 108})],
                attrs=dict(material=["powder-coated steel", "polypropylene", "ballistic nylon"], pieces=1, color=["red", "black", "yellow", "blue"]),
                feats=["keeps every tool in its own place",
                       "has sturdy metal latches and a padded handle",
                       "rolls easily from the van to the job"]),
        ]),
        ("Workshop & Safety", [
            dict(code="LAD", image="ladder", noun="ladder", price=115, variants=[
                ("Step Ladder 4 Steps", {"working_height_m": 2.9}), ("Telescopic Ladder 3.8 m", {"working_height_m": 4.8}),
                ("Multi-Purpose Ladder 4x4", {"working_height_m": 5.6}), ("Kitchen Step Stool", {"working_height_m": 1.9})],
                attrs=dict(working_height_m=None, max_load_kg=150, material=["aluminium", "fibreglass", "steel"], weight_kg=(3.0, 16.0, 1)),
                feats=["locks solidly in every position",
                       "has wide, anti-slip treads",
                       "folds flat to hang on a garage wall"]),
            dict(code="HLM", image="safety-helmet", noun="helmet", price=26, variants=[
                "Safety Helmet EN 397", "Vented Hard Hat", "Climbing-Style Work Helmet", "Helmet with Ear Defenders"],
                attrs=dict(standard=["EN 397", "EN 12492", "EN 397 + EN 352"], color=["yellow", "white", "red", "blue", "orange"]),
                feats=["adjusts with a one-hand ratchet",
                       "has a sweat-absorbing, washable liner",
                       "includes slots for ear defenders and a visor"]),
        ]),
    ], ["Forge", "Anvil", "Granite", "Ironclad", "Keystone", "Bulwark", "Hardline", "Quarry", "Torque",
        "Bedrock", "Rivet", "Steelhead", "Workhorse"]),

    ("Fashion", "FAS", 1.3, [
        ("Clothing", [
            dict(code="TSH", image="t-shirt", noun="T-shirt", price=24, variants=[
                ("Organic Cotton T-Shirt", {"material": "organic cotton"}), ("Heavyweight Pocket Tee", {"material": "organic cotton"}),
                ("Merino Wool T-Shirt", {"material": "merino wool"}), "Long-Sleeve Henley", ("Kids' Graphic T-Shirt", {"sizes": "98-164", "material": "organic cotton"})],
                attrs=dict(sizes="XS-XXL", material=["organic cotton", "cotton-linen blend"],
                           fit=["regular", "relaxed", "slim"], color=["white", "black", "sage", "navy", "ecru", "rust"]),
                feats=["keeps its shape wash after wash",
                       "feels soft from the very first wear",
                       "is cut a little longer so it stays tucked in"]),
            dict(code="JNS", image="jeans", noun="pair of jeans", price=72, variants=[
                "Slim Fit Jeans", "Straight Leg Jeans", "Relaxed Tapered Jeans", "High-Rise Wide-Leg Jeans"],
                attrs=dict(waist="W26-W38", denim_oz=[10, 12, 13.5, 14], stretch=[True, False], color=["indigo", "black", "light wash", "mid blue"]),
                feats=["is made from rigid denim that fades beautifully",
                       "has just enough stretch for cycling to work",
                       "uses recycled cotton and low-water dyeing"]),
            dict(code="DRS", image="dress", noun="dress", price=82, variants=[
                ("Linen Midi Dress", {"material": "linen", "length": "midi"}), ("Wrap Dress", {"material": "viscose"}),
                ("Knit Sweater Dress", {"material": "merino knit"}), ("Summer Sundress", {"material": "organic cotton"}),
                ("Shirt Dress", {"material": ["organic cotton", "linen"]})],
                attrs=dict(sizes="XS-XL", material=None, length=["mini", "midi", "maxi"],
                           color=["cobalt", "black", "terracotta", "floral print", "sage"]),
                feats=["drapes beautifully and has real pockets",
                       "works with sandals in summer and boots in autumn",
                       "is lined for a smooth, non-see-through finish"]),
            dict(code="COA", image="coat", noun="coat", price=195, variants=[
                ("Wool Overcoat", {"material": "wool blend", "waterproof": False}),
                ("Waterproof Parka", {"material": "recycled polyester", "waterproof": True, "_feats": RAINWEAR}),
                ("Trench Coat", {"material": "organic cotton gabardine", "waterproof": False}),
                ("Quilted Puffer Jacket", {"material": "recycled down", "waterproof": False}),
                ("Lightweight Rain Jacket", {"material": "recycled polyester", "waterproof": True, "_feats": RAINWEAR})],
                attrs=dict(sizes="XS-XXL", material=None, waterproof=None, color=["camel", "navy", "black", "khaki", "grey"]),
                feats=["keeps you warm without feeling bulky",
                       "has deep, fleece-lined hand pockets",
                       "layers easily over a thick jumper"]),
            dict(code="SCF", image="scarf", noun="scarf", price=38, variants=[
                ("Merino Scarf", {"material": "merino wool"}), ("Cashmere Scarf", {"material": "cashmere"}),
                ("Silk Square Scarf", {"material": "silk", "length_cm": 70}), ("Chunky Knit Scarf", {"material": "wool-alpaca blend"})],
                attrs=dict(material=None, length_cm=(70, 200, 0), color=["red", "camel", "grey", "green", "navy"]),
                feats=["is soft enough to wear against bare skin",
                       "wraps twice without feeling heavy",
                       "is woven in a family-run mill"]),
        ]),
        ("Shoes", [
            dict(code="RUN", image="running-shoe", noun="pair of running shoes", price=125, variants=[
                "Road Running Shoes", "Trail Running Shoes", "Carbon Racing Shoes", "Everyday Trainers", "Stability Running Shoes"],
                attrs=dict(sizes="36-47", drop_mm=[4, 6, 8, 10], weight_g=(210, 320, 0), color=["white", "black", "neon", "blue", "grey"]),
                feats=["cushions every stride with a responsive foam midsole",
                       "grips wet pavements and muddy trails",
                       "has a breathable knit upper that hugs the foot"]),
            dict(code="LSH", image="leather-shoe", noun="pair of shoes", price=135, variants=[
                "Leather Oxford Shoes", ("Suede Derby Shoes", {"leather": "suede"}), "Penny Loafers", "Leather Brogues"],
                attrs=dict(sizes="39-47", leather=["full-grain calf", "full-grain calf", "polished calf"], sole=["leather", "rubber", "Goodyear-welted leather"], color=["brown", "black", "tan", "burgundy"]),
                feats=["is Goodyear-welted, so it can be resoled for years",
                       "softens and shapes itself to your foot",
                       "looks sharp with a suit and relaxed with chinos"]),
            dict(code="HEL", image="high-heel", noun="pair of heels", price=98, variants=[
                ("Classic Pumps 8 cm", {"heel_cm": 8}), ("Block-Heel Sandals", {"heel_cm": 6}),
                ("Slingback Heels", {"heel_cm": 7}), ("Kitten Heels 5 cm", {"heel_cm": 5})],
                attrs=dict(sizes="35-42", heel_cm=None, material=["patent leather", "suede", "nappa leather"], color=["red", "black", "nude", "silver"]),
                feats=["has a padded insole for comfort from dinner to dancing",
                       "balances the heel carefully for a steady step",
                       "adds instant polish to jeans or a dress"]),
            dict(code="BTS", image="boots", noun="pair of boots", price=155, variants=[
                ("Chelsea Boots", {"material": ["leather", "suede"], "lining": "unlined", "_feats": ["pulls on easily thanks to elastic side panels", "softens beautifully with wear"]}),
                ("Winter Snow Boots", {"material": "waterproof nylon", "lining": ["wool", "fleece"], "_feats": ["keeps toes warm down to minus twenty", "grips icy pavements with a deep lug sole"]}),
                ("Lace-Up Ankle Boots", {"material": ["leather", "suede"], "_feats": ["has a lug sole that grips wet cobbles", "softens beautifully with wear"]}),
                ("Rain Boots", {"material": "natural rubber", "lining": "unlined", "color": ["yellow", "olive", "black"], "_feats": ["keeps feet dry in the deepest puddles", "pulls on and off in seconds"]})],
                attrs=dict(sizes="36-46", material=None, lining=["unlined", "wool", "fleece"], color=["brown", "black", "olive", "tan"]),
                feats=["has a lug sole for icy pavements"]),
        ]),
        ("Bags & Luggage", [
            dict(code="HBG", image="handbag", noun="bag", price=125, variants=[
                "Leather Tote Bag", ("Crossbody Bag", {"laptop_sleeve": False, "_feats": ["keeps your hands free with an adjustable strap", "has a zipped inner pocket and a key clip"]}),
                "Shoulder Bag",
                ("Mini Top-Handle Bag", {"laptop_sleeve": False, "_feats": ["fits a phone, keys and a card holder", "converts to a crossbody with the detachable strap"]}),
                ("Canvas Weekender", {"material": "waxed canvas", "_feats": ["swallows clothes for a long weekend", "has a separate shoe compartment"]})],
                attrs=dict(material=["full-grain leather", "vegan leather", "waxed canvas"], laptop_sleeve=[True, False], color=["cognac", "black", "olive", "cream", "burgundy"]),
                feats=["fits a 13-inch laptop, a water bottle and the rest of your day",
                       "has a zipped inner pocket and a key clip",
                       "ages beautifully with a rich patina"]),
            dict(code="SUI", image="suitcase", noun="suitcase", price=165, variants=[
                ("Cabin Suitcase 55 cm", {"volume_l": 40, "_feats": ["meets the cabin size rules of most airlines", "glides on four silent spinner wheels"]}), ("Medium Suitcase 68 cm", {"volume_l": 75}),
                ("Large Suitcase 77 cm", {"volume_l": 105}), ("Luggage Set (3 pieces)", {"volume_l": 220})],
                attrs=dict(volume_l=None, shell=["polycarbonate", "aluminium", "recycled polypropylene"], wheels=4, tsa_lock=True, color=["black", "silver", "teal", "sand", "red"]),
                feats=["glides on four silent spinner wheels",
                       "has an expandable zip for holiday souvenirs",
                       "has a built-in TSA-approved lock"]),
        ]),
    ], ["Marais", "Soho", "Brera", "Shoreditch", "Chelsea", "Riviera", "Ines", "Milou", "Harlow",
        "Camille", "Noor", "Arlo", "Lune", "Oslo", "Vesper", "Duke", "Palma"]),

    ("Jewellery & Watches", "JEW", 0.6, [
        ("Watches", [
            dict(code="WAT", image="watch", noun="watch", price=190, variants=[
                ("Automatic Dive Watch", {"movement": "automatic", "water_resistance": "20 ATM"}),
                ("Minimalist Quartz Watch", {"movement": "quartz"}), "Chronograph Watch",
                ("Field Watch 38 mm", {"case_mm": 38}), ("Dress Watch", {"water_resistance": "3 ATM", "strap": "leather"}),
                ("Fitness Smartwatch 44 mm", {"case_mm": 44, "movement": None, "battery_days": [5, 7, 10], "strap": "silicone", "_feats": ["tracks heart rate, sleep and GPS workouts", "lasts a week between charges"]})],
                attrs=dict(case_mm=[36, 38, 40, 42, 44], movement=["automatic", "quartz", "solar quartz"],
                           water_resistance=["3 ATM", "5 ATM", "10 ATM", "20 ATM"], strap=["leather", "steel bracelet", "NATO", "silicone"]),
                feats=["is protected by scratch-resistant sapphire crystal",
                       "glows brightly in the dark with generous lume",
                       "comes with a quick-release strap for easy swaps"]),
        ]),
        ("Jewellery", [
            dict(code="RNG", image="ring", noun="ring", price=145, variants=[
                ("Sterling Silver Band Ring", {"metal": "sterling silver"}), ("Gold Vermeil Stacking Ring", {"metal": "gold vermeil", "stone": ["none", "topaz", "sapphire"]}),
                ("Lab-Grown Diamond Solitaire Ring", {"metal": ["14k gold", "recycled silver"], "stone": "lab-grown diamond"}), "Signet Ring"],
                attrs=dict(metal=["sterling silver", "14k gold", "recycled silver"], stone="none", sizes="48-62"),
                feats=["is made from recycled precious metals",
                       "is polished by hand to a mirror finish",
                       "arrives in a gift box with a care cloth"]),
            dict(code="BRC", image="bead-bracelet", noun="bracelet", price=36, variants=[
                "Beaded Stretch Bracelet", "Gemstone Mala Bracelet", ("Wooden Bead Bracelet", {"material": "sandalwood"}),
                ("Charm Bracelet", {"material": "sterling silver", "_feats": ["has a secure lobster clasp", "stacks nicely with a watch"]})],
                attrs=dict(material=["tiger's eye", "rose quartz", "lava stone", "amethyst"], length_cm=(16, 21, 0)),
                feats=["slides on and off easily on a durable elastic cord",
                       "uses natural stones, so every bead is unique",
                       "stacks nicely with a watch"]),
            dict(code="PDT", image="amulet-pendant", noun="pendant", price=42, variants=[
                "Evil Eye Pendant Necklace", ("Glass Eye Charm", {"chain_cm": None}), ("Evil Eye Bracelet", {"chain_cm": [17, 19]}),
                ("Enamel Eye Earrings", {"chain_cm": None, "material": ["sterling silver", "gold-plated brass"], "_feats": ["has a hand-painted enamel eye on each stud", "is nickel-free and gentle on sensitive skin"]})],
                attrs=dict(material=["sterling silver", "gold-plated brass", "hand-blown glass"], chain_cm=[40, 45, 50]),
                feats=["is made with hand-blown glass from a small workshop",
                       "makes a thoughtful good-luck gift",
                       "is nickel-free and gentle on sensitive skin"]),
        ]),
        ("Eyewear", [
            dict(code="GLA", image="eyeglasses", noun="pair of glasses", price=115, variants=[
                ("Round Acetate Glasses", {"frame": ["acetate", "bio-acetate"]}), ("Blue-Light Reading Glasses", {"lens": "blue-light filter, +1.5"}),
                ("Titanium Frame Glasses", {"frame": "titanium", "color": ["gold", "black", "silver"]}), "Rectangular Glasses"],
                attrs=dict(frame=["acetate", "stainless steel", "bio-acetate"], lens=["blue-light filter", "clear demo lens"], color=["tortoise", "black", "clear", "gold"]),
                feats=["sits comfortably thanks to spring hinges",
                       "weighs next to nothing on the nose",
                       "can be fitted with prescription lenses by any optician"]),
            dict(code="SUN", image="sunglasses", noun="pair of sunglasses", price=92, variants=[
                ("Polarised Aviator Sunglasses", {"polarised": True}), "Square Acetate Sunglasses", "Sports Wraparound Sunglasses", "Cat-Eye Sunglasses", "Round Metal Sunglasses"],
                attrs=dict(uv_protection="UV400", polarised=[True, False], lens_color=["grey", "brown", "green", "mirror blue"]),
                feats=["cuts glare on water and snow",
                       "comes with a hard case and a microfibre pouch",
                       "has lenses that resist scratches and smudges"]),
        ]),
    ], ["Aurelia", "Lumiere", "Opal", "Celeste", "Meridian", "Solstice", "Halo", "Elara", "Seraph",
        "Ivy", "Regent", "Atlas", "Tidal"]),

    ("Beauty", "BEA", 0.8, [
        ("Makeup", [
            dict(code="LIP", image="lipstick", noun="lip colour", price=19, variants=[
                "Matte Lipstick", "Satin Lipstick", "Tinted Lip Balm", "Liquid Lip Colour", "Lip Liner"],
                attrs=dict(shade=["Rosewood", "Brick Red", "Nude Petal", "Berry Crush", "Classic Red", "Coral Bay", "Mauve Mist"],
                           finish=["matte", "satin", "gloss"], vegan=[True, False]),
                feats=["glides on smoothly and lasts through lunch",
                       "keeps lips soft with shea butter and vitamin E",
                       "is highly pigmented in a single swipe"]),
            dict(code="NPL", image="nail-polish", noun="nail polish", price=10, variants=[
                "Nail Polish", "Gel-Effect Nail Colour", ("Quick-Dry Top Coat", {"shade": "Clear"}), ("Nail Care Set", {"shade": None, "volume_ml": None, "pieces": 5})],
                attrs=dict(shade=["Cherry", "Sand Dune", "Midnight", "Lilac", "Coral", "Clear"], volume_ml=[8, 10, 12], vegan=[True, False]),
                feats=["dries in sixty seconds to a glossy finish",
                       "resists chipping for up to a week",
                       "is formulated without the ten most criticised ingredients"]),
        ]),
        ("Skincare", [
            dict(code="LOT", image="lotion", noun="skincare product", price=17, variants=[
                ("Daily Moisturiser SPF 30", {"volume_ml": 50}), ("Hyaluronic Serum", {"volume_ml": 30}),
                ("Body Lotion", {"volume_ml": 400}), ("Hand Cream", {"volume_ml": 75}), ("Night Cream", {"volume_ml": 50})],
                attrs=dict(volume_ml=None, skin_type=["all", "dry", "sensitive", "oily"], fragrance_free=[True, False]),
                feats=["absorbs quickly without a greasy film",
                       "is dermatologically tested on sensitive skin",
                       "comes in a recyclable pump bottle"]),
            dict(code="SOP", image="soap", noun="soap", price=8, variants=[
                "Olive Oil Soap Bar", "Shea Butter Soap", ("Liquid Hand Soap 500 ml", {"weight_g": None, "volume_ml": 500}), ("Charcoal Face Bar", {"scent": "unscented"})],
                attrs=dict(weight_g=[100, 120, 150], scent=["unscented", "lavender", "citrus", "cedar", "rose"], palm_oil_free=True),
                feats=["lathers richly and rinses clean",
                       "is cold-processed in small batches",
                       "leaves skin soft, never tight"]),
        ]),
        ("Grooming", [
            dict(code="RAZ", image="razor", noun="razor", price=28, variants=[
                ("Safety Razor", {"power": "manual", "blades": 1, "_feats": ["has a weighty metal handle for control", "uses standard double-edge blades that cost cents"]}),
                ("5-Blade Razor with Refills", {"power": "manual", "blades": 5}),
                ("Electric Foil Shaver", {"power": "rechargeable", "blades": 3}),
                ("Beard Trimmer", {"power": "rechargeable", "blades": None, "length_settings": 20, "_feats": ["trims evenly with twenty length settings", "runs for ninety minutes on a charge"]})],
                attrs=dict(power=None, blades=None, waterproof=True),
                feats=["gives a close shave without irritation",
                       "rinses clean under the tap"]),
            dict(code="TBR", image="toothbrush", noun="toothbrush", price=14, variants=[
                ("Bamboo Toothbrush (4-pack)", {"power": "manual", "_feats": ["uses a compostable bamboo handle", "cleans gently along the gum line"]}),
                ("Sonic Electric Toothbrush", {"power": "rechargeable", "_feats": ["has a two-minute timer with 30-second pulses", "cleans gently along the gum line"]}),
                ("Kids' Soft Toothbrush", {"power": "manual", "bristles": "extra soft", "_feats": ["has extra-soft bristles and a chunky, easy-grip handle"]}),
                ("Travel Toothbrush Kit", {"power": "manual", "_feats": ["packs into a slim case with a mini toothpaste", "cleans gently along the gum line"]})],
                attrs=dict(bristles=["soft", "medium", "extra soft"], power=None),
                feats=["cleans gently along the gum line"]),
        ]),
    ], ["Petal", "Velvet", "Bloom", "Dew", "Silk", "Glow", "Aloe", "Blush", "Pure", "Saffron", "Rosa",
        "Nectar", "Ivory"]),

    ("Toys & Games", "TOY", 0.8, [
        ("Toys", [
            dict(code="TED", image="teddy-bear", noun="teddy bear", price=29, variants=[
                ("Classic Teddy Bear 30 cm", {"height_cm": 30}), ("Giant Teddy Bear 80 cm", {"height_cm": 80}),
                ("Organic Cotton Teddy 25 cm", {"height_cm": 25}), ("Musical Bedtime Bear", {"height_cm": 28})],
                attrs=dict(height_cm=None, age=["0+", "3+"], machine_washable=[True, False]),
                feats=["is irresistibly soft and safe from birth",
                       "has embroidered eyes with no small parts",
                       "survives the washing machine again and again"]),
            dict(code="KTE", image="kite", noun="kite", price=26, variants=[
                "Delta Kite", "Dual-Line Stunt Kite", "Kids' Diamond Kite", "Parafoil Kite"],
                attrs=dict(span_cm=(70, 220, 0), wind=["light", "light to medium", "medium to strong"], age=["5+", "8+", "12+"]),
                feats=["launches easily even in a light breeze",
                       "is ready to fly in two minutes",
                       "has a rip-stop sail and fibreglass spars"]),
        ]),
        ("Board Games & Puzzles", [
            dict(code="BGM", image="game-die", noun="game", price=32, variants=[
                "Strategy Board Game", "Family Dice Game", ("Polyhedral Dice Set", {"players": None, "playtime_min": None, "pieces": 7, "_feats": ["rolls true with crisp, inked numbers", "comes in a soft velvet pouch"]}), "Cooperative Adventure Game", "Party Trivia Game"],
                attrs=dict(players=["1-4", "2-4", "2-6", "3-8"], age=["6+", "8+", "10+", "14+"], playtime_min=[15, 30, 45, 60, 90]),
                feats=["is quick to learn and hard to put down",
                       "plays just as well with two as with five",
                       "has beautifully illustrated components"]),
            dict(code="PUZ", image="jigsaw-puzzle", noun="puzzle", price=19, variants=[
                ("1000-Piece Jigsaw Puzzle", {"pieces": 1000}), ("500-Piece Panorama Puzzle", {"pieces": 500}),
                ("Kids' Floor Puzzle (48 pieces)", {"pieces": 48, "age": "3+"}), ("3D Wooden Puzzle", {"pieces": 220})],
                attrs=dict(pieces=None, age=["3+", "8+", "12+"], material=["recycled board", "birch plywood"]),
                feats=["has satisfying, snug-fitting pieces",
                       "comes with a poster of the finished picture",
                       "is made from recycled board and plant-based inks"]),
            dict(code="CHS", image="chess-pawn", noun="chess set", price=46, variants=[
                "Wooden Chess Set", "Magnetic Travel Chess", "Tournament Chess Set", "Chess & Checkers Combo"],
                attrs=dict(board_cm=[25, 40, 50], material=["walnut and maple", "beech", "resin"], weighted_pieces=[True, False]),
                feats=["has weighted, felted pieces that feel great in the hand",
                       "folds into a box that stores every piece",
                       "follows standard tournament proportions"]),
            dict(code="CRD", image="playing-cards", noun="card game", price=12, variants=[
                "Classic Playing Cards (2 decks)", "Plastic Poker Cards", "Party Card Game", "Illustrated Art Deck"],
                attrs=dict(players=["2-6", "3-10", "2-8"], age=["6+", "12+", "16+"], waterproof=[True, False]),
                feats=["shuffles smoothly with an air-cushion finish",
                       "fits in a pocket for holidays and cafes",
                       "has large, easy-to-read indices"]),
        ]),
        ("Video Games", [
            dict(code="CTL", image="game-controller", noun="controller", price=58, variants=[
                "Wireless Game Controller", "Pro Controller with Back Paddles",
                ("Retro Handheld Console", {"platform": "standalone", "_feats": ["plays hundreds of classic-style indie games", "has a bright 3.5-inch screen and real buttons"]}),
                ("Controller Charging Dock", {"battery_h": None, "connection": "USB-C", "_feats": ["charges two controllers in under three hours", "shows the charge level with LED indicators"]})],
                attrs=dict(connection=["Bluetooth", "2.4 GHz + USB-C", "USB-C"], battery_h=[10, 20, 30, 40], platform=["PC", "PC & mobile", "PC & consoles"]),
                feats=["has hall-effect sticks that will not drift",
                       "stays comfortable through long sessions",
                       "remaps every button in the companion app"]),
        ]),
    ], ["Bumble", "Pip", "Jolly", "Comet", "Rocket", "Pebble", "Wiggle", "Dragon", "Quest", "Castle",
        "Meeple", "Voyage", "Spark", "Zippy"]),

    ("Books & Stationery", "BOO", 0.8, [
        ("Books", [
            dict(code="NOV", image="books", noun="novel", price=18, name="{model} ({variant})", models="TITLES_FICTION", variants=[
                ("Paperback", {"format": "paperback", "pages": (240, 460, 0)}), ("Hardcover", {"format": "hardcover", "pages": (240, 460, 0)}),
                ("Box Set", {"format": "box set of 3", "pages": (900, 1300, 0)})],
                attrs=dict(author="AUTHOR", format=None, pages=None, language=["English", "English", "German", "French", "Spanish"]),
                feats=["keeps you turning pages long past midnight",
                       "was a book-club favourite across Europe",
                       "is written with warmth, wit and real suspense"]),
            dict(code="NFI", image="open-book", noun="book", price=26, name="{model} ({variant})", models="TITLES_NONFICTION", variants=[
                ("Paperback", {"format": "paperback"}), ("Hardcover", {"format": "hardcover"}), ("Spiral-Bound", {"format": "spiral-bound", "_feats": ["lies flat on the counter while you work", "is full of practical, tested advice"]})],
                attrs=dict(author="AUTHOR", format=None, pages=(160, 420, 0), language=["English", "English", "German", "Italian"]),
                feats=["explains things clearly with hundreds of photos",
                       "is full of practical, tested advice",
                       "is written by an expert with a light touch"]),
        ]),
        ("Notebooks & Writing", [
            dict(code="NBK", image="notebook", noun="notebook", price=14, variants=[
                "A5 Dotted Notebook", "Hardcover Lined Journal", "Weekly Planner 2027", "Softcover Sketchbook A4"],
                attrs=dict(pages=[96, 160, 192, 240], paper_gsm=[80, 100, 120, 160], ruling=["dotted", "lined", "blank", "squared"], color=["black", "sage", "navy", "terracotta"]),
                feats=["has thick paper that handles fountain pens without bleed-through",
                       "lies completely flat thanks to lay-flat binding",
                       "has numbered pages and an index"]),
            dict(code="PCL", image="pencil", noun="pencil set", price=9, variants=[
                ("Graphite Pencil Set (12)", {"grades": "4H-8B"}),
                ("Mechanical Pencil 0.5 mm", {"grades": "HB", "wood": None, "_feats": ["has a cushioned tip that protects the lead", "has a metal clip and a built-in eraser"]}),
                "Coloured Pencils (36)", "Watercolour Pencils (24)"],
                attrs=dict(grades="assorted", wood=["cedar", "FSC-certified linden"]),
                feats=["lays down smooth, even colour",
                       "sharpens cleanly without breaking leads",
                       "comes in a reusable tin"]),
            dict(code="PEN", image="fountain-pen", noun="pen", price=45, variants=[
                ("Fountain Pen Medium Nib", {"nib": "M"}), ("Brass Fountain Pen", {"body": "brass"}),
                ("Calligraphy Pen Set", {"nib": "1.1, 1.5 and 1.9 mm stubs"}),
                ("Rollerball Pen", {"nib": None, "filling": "refill", "_feats": ["writes smoothly from the first stroke", "takes standard rollerball refills"]})],
                attrs=dict(nib=["EF", "F", "M"], filling=["cartridge/converter", "piston"], body=["brass", "resin", "aluminium"]),
                feats=["writes smoothly from the first stroke",
                       "uses standard international ink cartridges",
                       "is perfectly weighted for long letters"]),
        ]),
        ("Art Supplies", [
            dict(code="BRS", image="paintbrush", noun="brush set", price=17, variants=[
                ("Synthetic Brush Set (10)", {"hair": "synthetic", "pieces": 10}), ("Sable Watercolour Brush No. 8", {"hair": "kolinsky sable", "pieces": 1}),
                ("Oil Painting Brush Set", {"hair": "hog bristle", "pieces": [6, 8, 12]}), ("Flat Wash Brushes (3)", {"hair": "synthetic", "pieces": 3})],
                attrs=dict(hair=None, pieces=None),
                feats=["holds plenty of paint and keeps a sharp point",
                       "has seamless ferrules that never wobble",
                       "cleans up easily with soap and water"]),
            dict(code="PNT", image="artist-palette", noun="paint set", price=29, variants=[
                ("Watercolour Set (36 half pans)", {"medium": "watercolour", "pieces": 36}), ("Gouache Set (24)", {"medium": "gouache", "pieces": 24}),
                ("Acrylic Paint Set (24)", {"medium": "acrylic", "pieces": 24}),
                ("Wooden Artist Palette", {"medium": "any", "pieces": 1, "lightfast": None, "_feats": ["has a comfortable thumb hole and a sealed surface", "cleans up with a damp cloth"]})],
                attrs=dict(medium=["watercolour", "gouache", "acrylic", "any"], pieces=[1, 12, 24, 36], lightfast=[True, False]),
                feats=["has rich, lightfast pigments that mix cleanly",
                       "comes in a metal tin with a built-in mixing area",
                       "is loved by beginners and professionals alike"]),
        ]),
        ("Office", [
            dict(code="SCS", image="scissors", noun="pair of scissors", price=11, variants=[
                ("Office Scissors 21 cm", {"blade_cm": 9}), ("Kids' Safety Scissors", {"blade_cm": 5, "handle": "soft-grip"}),
                ("Fabric Shears 25 cm", {"blade_cm": 12}), ("Left-Handed Scissors", {"blade_cm": [8, 9]})],
                attrs=dict(blade_cm=None, handle=["soft-grip", "steel", "recycled plastic"]),
                feats=["cuts cleanly through card, fabric and tape",
                       "has stainless steel blades that stay sharp",
                       "feels comfortable even in small hands"]),
        ]),
    ], ["Quill", "Folio", "Margin", "Ledger", "Inkwell", "Parchment", "Sketch", "Atelier", "Verso",
        "Studio", "Scribe", "Pocket", "Almanac"]),

    ("Food & Drink", "FOO", 0.9, [
        ("Pantry", [
            dict(code="HNY", image="honey", noun="honey", price=12, variants=[
                ("Wildflower Honey 500 g", {"weight_g": 500}), ("Acacia Honey 450 g", {"weight_g": 450}),
                ("Raw Creamed Honey 350 g", {"weight_g": 350}), ("Chestnut Honey 400 g", {"weight_g": 400})],
                attrs=dict(weight_g=None, origin=["Portugal", "Spain", "Italy", "Romania", "Greece"], organic=[True, False]),
                feats=["is cold-extracted and never heated above hive temperature",
                       "comes from small beekeepers in the mountains",
                       "tastes floral and delicate, with a long finish"]),
            dict(code="OLV", image="olives", noun="olive product", price=10, variants=[
                ("Kalamata Olives 350 g", {"weight_g": 350}), ("Extra Virgin Olive Oil 750 ml", {"weight_g": 690}),
                ("Green Olives with Herbs 300 g", {"weight_g": 300}), ("Black Olive Tapenade 180 g", {"weight_g": 180})],
                attrs=dict(weight_g=None, origin=["Greece", "Spain", "Italy", "Portugal"], organic=[True, False]),
                feats=["is harvested early for a fresh, peppery flavour",
                       "comes from a single estate",
                       "is perfect on bread with a pinch of salt"]),
            dict(code="PST", image="pasta", noun="pasta", price=4, variants=[
                ("Bronze-Cut Spaghetti 500 g", {"weight_g": 500}), ("Organic Penne 500 g", {"weight_g": 500}),
                ("Egg Tagliatelle 250 g", {"weight_g": 250}), ("Wholewheat Fusilli 1 kg", {"weight_g": 1000})],
                attrs=dict(weight_g=None, cook_time_min=[7, 9, 11, 12], vegan=[True, False]),
                feats=["is bronze-die cut, so sauce clings to every piece",
                       "is slow-dried for a firm bite",
                       "is made with durum wheat grown in Italy"]),
        ]),
        ("Bakery & Cheese", [
            dict(code="BRD", image="bread", noun="bread product", price=6, variants=[
                ("Sourdough Loaf 800 g", {"weight_g": 800}), ("Dark Rye Bread 750 g", {"weight_g": 750}),
                ("Butter Brioche 400 g", {"weight_g": 400}), ("Bread Baking Mix 1 kg", {"weight_g": 1000, "shelf_life_days": 180, "_feats": ["makes a crusty loaf with just water and yeast", "is milled from organic heritage grains"]})],
                attrs=dict(weight_g=None, vegan=[True, False], shelf_life_days=[3, 5, 7]),
                feats=["is baked slowly for a crackling crust",
                       "stays fresh for days thanks to a long fermentation",
                       "makes outstanding toast"]),
            dict(code="CHZ", image="cheese", noun="cheese", price=9, variants=[
                ("Aged Gouda 300 g", {"weight_g": 300}), ("Alpine Cheese Selection 450 g", {"weight_g": 450}),
                ("Goat's Cheese Log 150 g", {"weight_g": 150}), ("Mature Cheddar 400 g", {"weight_g": 400})],
                attrs=dict(weight_g=None, milk=["cow", "goat", "sheep"], aged_months=[2, 6, 12, 18, 24], vegetarian=[True, False]),
                feats=["is matured in natural caves",
                       "has crunchy crystals and a nutty, caramel finish",
                       "pairs beautifully with fruit and a glass of red"]),
        ]),
        ("Snacks & Drinks", [
            dict(code="CHO", image="chocolate", noun="chocolate", price=5, variants=[
                ("Dark Chocolate 70 % 100 g", {"weight_g": 100, "cocoa_percent": 70}), ("Milk Chocolate Hazelnut Bar 100 g", {"weight_g": 100, "cocoa_percent": 35}),
                ("Praline Gift Box (24)", {"weight_g": 260, "cocoa_percent": [45, 70]}), ("Hot Chocolate Flakes 250 g", {"weight_g": 250, "cocoa_percent": [35, 45]})],
                attrs=dict(weight_g=None, cocoa_percent=None, fairtrade=[True, False]),
                feats=["is made bean-to-bar from fair-trade cocoa",
                       "melts slowly with notes of red fruit",
                       "is a hit as a host gift"]),
            dict(code="CKS", image="cookies", noun="box of biscuits", price=6, variants=[
                ("Butter Cookies Tin 500 g", {"weight_g": 500}), ("Oat & Raisin Cookies 200 g", {"weight_g": 200}),
                ("Double Chocolate Cookies 180 g", {"weight_g": 180}), ("Almond Biscotti 250 g", {"weight_g": 250})],
                attrs=dict(weight_g=None, vegan=[True, False], allergens=["gluten, milk, egg", "gluten, nuts", "gluten"]),
                feats=["is baked with real butter and no palm oil",
                       "is crisp outside and chewy in the middle",
                       "disappears far too quickly with coffee"]),
            dict(code="BBT", image="bubble-tea", noun="drink mix", price=11, variants=[
                ("Bubble Tea Kit (4 servings)", {"servings": 4}), ("Tapioca Pearls 1 kg", {"servings": 20}),
                ("Matcha Latte Powder 200 g", {"servings": 40, "_feats": ["whisks up smooth and creamy with oat milk", "has no artificial colours or flavours"]}),
                ("Cold Brew Coffee Concentrate 1 L", {"servings": 8, "_feats": ["only needs milk or water and plenty of ice", "has no artificial colours or flavours"]})],
                attrs=dict(servings=None, vegan=[True, False], caffeine=[True, True, False]),
                feats=["makes cafe-style drinks at home in five minutes",
                       "cooks chewy pearls without any guesswork",
                       "has no artificial colours or flavours"]),
        ]),
    ], ["Casa", "Cortijo", "Alpine", "Grove", "Valley", "Terroir", "Orchard", "Cellar", "Heritage",
        "Village", "Riverside", "Sunfield"]),
]

# --------------------------------------------------------------------------------------
# Brands: (name, price level, category codes)
# --------------------------------------------------------------------------------------
BRANDS = [
    ("Cairnwell", "mid", ["OUT", "SPO"]),
    ("Trailhaven", "budget", ["OUT"]),
    ("Highmoor Outfitters", "premium", ["OUT"]),
    ("Larchpoint", "mid", ["OUT", "GAR", "TOO"]),
    ("Tundrik", "budget", ["OUT", "SPO"]),
    ("Summit & Sparrow", "premium", ["OUT", "FAS"]),
    ("Pacewell", "budget", ["SPO"]),
    ("Ironquay", "premium", ["SPO"]),
    ("Courtline Athletics", "mid", ["SPO"]),
    ("Voltaro", "mid", ["ELE"]),
    ("Pixelmoor", "budget", ["ELE", "TOY"]),
    ("Aurelind Audio", "premium", ["ELE", "MUS"]),
    ("Quillon Tech", "mid", ["ELE"]),
    ("Nordhalm", "premium", ["ELE", "HOM"]),
    ("Ohmbridge", "budget", ["ELE"]),
    ("Harrowgate Instruments", "premium", ["MUS"]),
    ("Tallis & Reed", "mid", ["MUS"]),
    ("Cobblestone Music", "budget", ["MUS"]),
    ("Resonara", "mid", ["MUS"]),
    ("Copperleaf", "premium", ["KIT", "HOM"]),
    ("Saltmarsh Kitchen", "mid", ["KIT"]),
    ("Panworth", "budget", ["KIT"]),
    ("Hearthstead", "mid", ["KIT", "HOM", "GAR"]),
    ("Kiyomi Craft", "premium", ["KIT"]),
    ("Linden & Loom", "mid", ["HOM", "FAS"]),
    ("Roomwise", "budget", ["HOM"]),
    ("Casaveri", "premium", ["HOM"]),
    ("Greenquill", "budget", ["GAR"]),
    ("Mossgrove", "mid", ["GAR"]),
    ("Fernhollow", "premium", ["GAR"]),
    ("Anvilsmith", "mid", ["TOO"]),
    ("Boltforge", "budget", ["TOO"]),
    ("Torquil Tools", "premium", ["TOO"]),
    ("Ridgepeak Works", "mid", ["TOO"]),
    ("Atelier Solenne", "premium", ["FAS", "JEW"]),
    ("Stitchwell", "budget", ["FAS"]),
    ("Urbanroot", "mid", ["FAS"]),
    ("Corvina", "mid", ["FAS", "BEA"]),
    ("Orsolina", "premium", ["JEW"]),
    ("Glintwood", "budget", ["JEW"]),
    ("Tempora Watchworks", "mid", ["JEW"]),
    ("Petalune", "mid", ["BEA"]),
    ("Pure Lark", "budget", ["BEA"]),
    ("Maison Ambrette", "premium", ["BEA"]),
    ("Tumbletoe", "budget", ["TOY"]),
    ("Wobblewood", "mid", ["TOY"]),
    ("Kitefield", "mid", ["TOY", "OUT"]),
    ("Brightacre Games", "premium", ["TOY"]),
    ("Quillstone Press", "mid", ["BOO"]),
    ("Inkwell & Ash", "premium", ["BOO"]),
    ("Paperlark", "budget", ["BOO", "TOY"]),
    ("Margin Notes", "mid", ["BOO"]),
    ("Olivaro", "mid", ["FOO"]),
    ("Bramblejar", "premium", ["FOO", "KIT"]),
    ("Harvest Lane", "budget", ["FOO"]),
    ("Teaberry & Co", "mid", ["FOO", "KIT"]),
    ("Goldcomb", "premium", ["FOO"]),
]

TITLES_FICTION = [
    "The Lighthouse Keeper's Almanac", "Salt and Saffron", "A Map of Quiet Rivers", "The Orchard at Nine Elms",
    "Midnight at the Glass Museum", "The Cartographer's Daughter", "Winter in Porto", "The Last Train to Sintra",
    "Letters from the Northern Sea", "The Clockmaker's Apprentice", "Under the Linden Tree", "A House of Paper Birds",
    "The Silent Observatory", "Ashes of the Amber Coast", "The Beekeeper of Lisbon", "Seven Lanterns",
    "The Tidewater Inheritance", "Small Hours in Kyoto", "The Forgotten Garden Gate", "A Season of Storms",
]
TITLES_NONFICTION = [
    "The Weekend Sourdough Book", "Wild Camping in Europe", "Simple Plant-Based Suppers", "The Home Workshop Handbook",
    "Houseplants Made Easy", "Learn Watercolour in 30 Days", "The Curious Cook", "Trail Running from Scratch",
    "A Beginner's Guide to Jazz Guitar", "The Mindful Kitchen Garden", "Fix It Yourself", "Coffee at Home",
    "The Little Book of Knots", "Photography Without Fear", "Bake Like a Baker", "The Art of Slow Travel",
]
AUTHOR_FIRST = ["Elena", "Tomas", "Margaux", "Jonah", "Ingrid", "Rafael", "Aiko", "Sofia", "Malik", "Clara",
                "Henrik", "Amara", "Lucas", "Nadia", "Oren", "Beatriz"]
AUTHOR_LAST = ["Whitlow", "Marchetti", "Okafor", "Lindqvist", "Duarte", "Havel", "Brennan", "Moreau",
               "Sato", "Albrecht", "Castellano", "Quigley", "Nakamura", "Fairbairn"]

# --------------------------------------------------------------------------------------
# Description pools per category: feats (predicates), uses (sentences), who (audiences),
# closers (sentences).
# --------------------------------------------------------------------------------------
TEXT = {
    "OUT": dict(
        feats=["is covered by a free lifetime repair service", "is field-tested by our guides in all four seasons",
               "shrugs off mud, sand and salt water", "is built to be repaired rather than replaced",
               "is designed with as little plastic as possible"],
        uses=["Ideal for weekend trips, festivals and long summer treks.", "Perfect for wild camping and hut-to-hut routes.",
              "A great companion for rainy coastal walks and mountain weekends.", "Made for family adventures close to home or far away."],
        who=["weekend adventurers", "thru-hikers", "families who love the outdoors", "first-time campers"],
        closers=["Backed by a three-year warranty.", "Spare parts are available for years.", "Ships in plastic-free packaging."],
        sub={"Water Sports": dict(
                 uses=["Perfect for lakes, calm rivers and sheltered bays.", "Made for long summer days on the water.",
                       "Ideal for quiet mornings on the lake and family holidays."],
                 who=["paddlers and anglers", "families who love the water", "weekend explorers"]),
             "Cycling & Skating": dict(
                 feats=["is covered by a free lifetime repair service", "is built to be repaired rather than replaced",
                        "is assembled and checked by a trained mechanic"],
                 uses=["Perfect for commuting, errands and weekend rides.", "Great for city streets, bike paths and skate parks.",
                       "A fun, fume-free way to get around town."],
                 who=["commuters", "weekend riders", "teenagers and adults"])}),
    "SPO": dict(
        feats=["is built to survive season after season", "is tested by amateur and pro athletes",
               "was developed together with club coaches", "is approved for club training"],
        uses=["Great for club nights, school PE and weekend games.", "Ideal for training sessions and friendly matches.",
              "A solid choice whether you play twice a week or every day."],
        who=["club players", "beginners and improvers", "coaches and schools", "competitive athletes", "young players"],
        closers=["Comes with a two-year warranty.", "Free returns if it doesn't suit your game.", "Recommended by our in-store coaches."],
        sub={"Ball Sports": dict(feats=["is built to survive season after season", "meets international competition standards",
                                        "has a grippy, durable finish"]),
             "Fitness": dict(uses=["Great for home workouts, gym sessions and track days.", "Ideal for boxing classes and interval training.",
                                   "A simple upgrade for any training routine."]),
             "Winter Sports": dict(uses=["Ideal for a week in the mountains or weekends at the rink.",
                                         "Great for ski holidays and frozen-lake afternoons.",
                                         "A reliable choice for the whole winter season."],
                                   who=["holiday skiers", "beginners and improvers", "families", "winter sports fans"])}),
    "ELE": dict(
        feats=["receives free software updates for years", "uses a recycled aluminium housing", "sets up in minutes with the companion app",
               "is engineered for low standby power", "is built with repairability in mind"],
        uses=["Great for home offices, students and travellers.", "A smart upgrade for everyday work and play.",
              "Perfect for streaming, video calls and creative projects."],
        who=["students", "remote workers", "creators", "gamers", "busy families"],
        closers=["Includes a two-year manufacturer warranty.", "Repair manuals and spare parts are published online.",
                 "Free returns within 30 days."]),
    "MUS": dict(
        feats=["is inspected and set up by a technician before shipping", "is built to survive life on the road",
               "rewards practice with an inspiring sound", "is checked by our in-house workshop"],
        uses=["Ideal for lessons, rehearsals and small gigs.", "A great first instrument that you won't outgrow quickly.",
              "Perfect for the home studio and the stage."],
        who=["beginners", "students and teachers", "gigging musicians", "returning players"],
        closers=["Comes with a padded gig bag.", "Includes a free first service after six months.", "Backed by a five-year warranty."],
        sub={"Strings": dict(feats=["is inspected and set up by a technician before shipping", "is built with responsibly sourced tonewoods",
                                    "holds its tuning through long rehearsals"]),
             "Percussion": dict(closers=["Backed by a five-year warranty.", "Free returns within 30 days.", "Ships fully assembled where possible."]),
             "Recording": dict(feats=["is built to survive life on the road", "comes with a sturdy clip and a carry pouch",
                                      "is checked by our in-house workshop"],
                               uses=["Ideal for podcasts, streaming and rehearsals.", "Perfect for home recording and small gigs.",
                                     "A dependable workhorse for stage and studio."],
                               who=["podcasters", "singers", "home-studio producers", "streamers"],
                               closers=["Backed by a five-year warranty.", "Includes a free XLR or USB cable.", "Free returns within 30 days."])}),
    "KIT": dict(
        feats=["is designed with chefs in our test kitchen", "is made to last a lifetime of daily use", "cleans up in seconds",
               "is food-safe and tested for durability"],
        uses=["Perfect for weeknight dinners and slow Sunday lunches.", "A reliable everyday piece for small and large kitchens.",
              "Makes a lovely housewarming or wedding gift."],
        who=["home cooks", "food lovers", "small kitchens", "busy families"],
        closers=["Covered by a ten-year guarantee.", "Comes gift-ready in a recycled box.", "Care instructions are printed on the box."],
        sub={"Cookware": dict(feats=["is designed with chefs in our test kitchen", "is free from PFAS and PFOA",
                                     "works on gas, electric and induction hobs", "is made to last a lifetime of daily use"]),
             "Tea & Coffee": dict(uses=["Perfect for slow mornings and afternoon tea.", "Makes a lovely gift for tea and coffee lovers.",
                                        "A small everyday luxury for your kitchen shelf."],
                                  who=["tea lovers", "coffee fans", "slow mornings", "small kitchens"])}),
    "HOM": dict(
        feats=["fits both modern and classic interiors", "is easy to keep clean", "is designed in Scandinavia and made in Portugal",
               "is made from responsibly sourced materials"],
        uses=["Brings warmth to living rooms, bedrooms and hallways.", "A simple way to refresh a room without redecorating.",
              "Works beautifully in small flats and family homes alike."],
        who=["first-home owners", "renters", "design lovers", "busy households"],
        closers=["Free delivery to your door.", "Comes with a 30-day home trial.", "Spare parts are available on request."],
        sub={"Furniture": dict(feats=["is made from FSC-certified wood", "fits both modern and classic interiors",
                                      "arrives with simple, illustrated instructions", "is designed in Scandinavia and made in Portugal"]),
             "Lighting": dict(feats=["is safety-tested and CE-marked", "creates a cosy atmosphere in minutes",
                                     "fits both modern and classic interiors"],
                              closers=["Free delivery on orders over 30 euros.", "Comes with a 30-day home trial.", "Recyclable packaging."]),
             "Cleaning": dict(feats=["is built to last for years of daily use", "is made from sustainable materials", "is easy to keep clean"],
                              uses=["Ideal for kitchens, hallways and patios.", "Makes daily tidying quick and easy.",
                                    "A simple, sturdy helper for every household."])}),
    "GAR": dict(
        feats=["comes with clear care instructions", "is packed carefully to travel safely", "is sourced from growers we know personally",
               "is suited to balconies and gardens alike"],
        uses=["Ideal for balconies, patios and sunny windowsills.", "A lovely way to bring nature indoors.",
              "Perfect for first-time gardeners and green thumbs alike."],
        who=["balcony gardeners", "plant lovers", "beginners", "families with children"],
        closers=["Guaranteed to arrive in perfect condition.", "Care tips are included in every parcel.", "Free replacement if it arrives damaged."],
        sub={"Houseplants": dict(feats=["is grown in peat-free compost", "comes with clear care instructions",
                                        "is nursery-grown by our own growers", "is packed carefully to travel safely"]),
             "Outdoor Living": dict(feats=["is built to stand up to wind and sun", "is easy to store over winter",
                                           "has a frame made from recycled aluminium"],
                                    uses=["Ideal for balconies, patios and poolside lounging.", "Turns a sunny terrace into a shady retreat.",
                                          "Perfect for long lunches in the garden."],
                                    who=["balcony owners", "garden hosts", "sun seekers"],
                                    closers=["Backed by a three-year warranty.", "Replacement canopies are available.", "Free delivery to your door."])}),
    "TOO": dict(
        feats=["is built for professional daily use", "has a lifetime guarantee against defects", "is comfortable to use for long jobs",
               "is tested to the relevant EN standards"],
        uses=["Ideal for home repairs, renovations and the workshop.", "A dependable tool for tradespeople and keen DIYers.",
              "Perfect for flat-pack furniture, fixes and weekend projects."],
        who=["DIY beginners", "tradespeople", "weekend renovators", "makers"],
        closers=["Backed by a lifetime warranty.", "Replacement parts can be ordered individually.", "Tested to exceed EN standards."],
        sub={"Storage & Security": dict(feats=["is built for professional daily use", "is weather-resistant for use on site",
                                               "is tested to the relevant EN standards"],
                                        uses=["Ideal for sheds, garages, lockers and job sites.", "Keeps tools and valuables safe and organised.",
                                              "A tough, practical choice for home and site."]),
             "Workshop & Safety": dict(feats=["is built for professional daily use", "meets the relevant EN safety standards",
                                              "is weather-resistant for use on site"],
                                       uses=["Ideal for home repairs, renovations and the workshop.", "A dependable choice for job sites and garages.",
                                             "Makes jobs at height safer and easier."])}),
    "FAS": dict(
        feats=["is made in a certified fair-wage factory", "uses recycled or organic fibres", "is cut for an easy, flattering fit",
               "is finished with care down to the last stitch", "keeps its colour wash after wash"],
        uses=["Easy to dress up for the office or down for the weekend.", "A wardrobe staple you will reach for again and again.",
              "Perfect for city breaks and everyday wear."],
        who=["everyday wear", "city commuters", "travellers", "minimalist wardrobes"],
        closers=["Free returns within 60 days.", "Check our size guide for the best fit.", "Repairs are free in the first year."],
        sub={"Shoes": dict(feats=["is made in a certified fair-wage factory", "is finished with care down to the last stitch",
                                  "uses responsibly sourced materials"],
                           closers=["Free returns within 60 days.", "Check our size guide for the best fit.", "Half sizes are available in most styles."]),
             "Bags & Luggage": dict(feats=["is finished with care down to the last stitch", "is made in a certified fair-wage factory",
                                           "uses recycled materials wherever possible"],
                                    uses=["Perfect for commuting, weekends away and city breaks.", "Built for everyday carry and frequent travel.",
                                          "A smart companion from the office to the airport."],
                                    who=["commuters", "frequent travellers", "weekend getaways"],
                                    closers=["Free returns within 60 days.", "Repairs are free in the first year.", "Covered by a five-year warranty."])}),
    "JEW": dict(
        feats=["is finished by hand in a small atelier", "is designed to be worn every day", "comes with a certificate of authenticity"],
        uses=["A thoughtful gift for birthdays and anniversaries.", "Easy to wear every day, special enough for occasions.",
              "Pairs nicely with other pieces from the collection."],
        who=["gift buyers", "everyday wear", "collectors", "minimalists"],
        closers=["Arrives in a gift box with a care cloth.", "Free engraving on request.", "Covered by a two-year warranty."],
        sub={"Watches": dict(feats=["is assembled and tested in a small workshop", "is designed to be worn every day",
                                    "comes with a certificate of authenticity"],
                             closers=["Arrives in a gift box with a spare strap.", "Covered by a two-year warranty.", "Free engraving on the case back."]),
             "Jewellery": dict(feats=["is hypoallergenic and nickel-free", "is finished by hand in a small atelier",
                                      "is designed to be worn every day"]),
             "Eyewear": dict(feats=["is finished by hand in a small atelier", "is designed to be worn every day",
                                    "is made from plant-based or recycled materials"],
                             uses=["Perfect for sunny commutes, road trips and beach days.", "Easy to wear all day, every day.",
                                   "A classic shape that suits most faces."],
                             closers=["Comes with a hard case and a cleaning cloth.", "Covered by a two-year warranty.", "Free adjustments in store."])}),
    "BEA": dict(
        feats=["is vegan and never tested on animals", "is dermatologically tested", "comes in recyclable packaging",
               "is free from parabens and microplastics", "is made in small batches in France"],
        uses=["Part of a simple, effective daily routine.", "Great for travel and everyday use.",
              "A lovely treat for yourself or a friend."],
        who=["sensitive skin", "minimal routines", "everyday use", "gift buyers"],
        closers=["Refills are available to reduce waste.", "Patch test before first use.", "Ships in plastic-free packaging."],
        sub={"Grooming": dict(feats=["comes in recyclable packaging", "is built to last, with replaceable heads or blades",
                                     "is easy to keep clean"],
                              who=["everyday use", "minimal routines", "travellers"],
                              closers=["Replacement heads and blades are sold separately.", "Covered by a two-year warranty.",
                                       "Ships in plastic-free packaging."])}),
    "TOY": dict(
        feats=["is safety-tested to EN 71", "is made from sustainably sourced materials", "encourages creative, screen-free play",
               "is built to be handed down", "has won a family game award"],
        uses=["Perfect for rainy afternoons and family game nights.", "A great birthday or holiday gift.",
              "Fun for children and grown-ups alike."],
        who=["families", "curious kids", "game-night hosts", "grandparents looking for a gift"],
        closers=["Comes gift-wrapped on request.", "Spare parts can be ordered online.", "Free returns within 30 days."],
        sub={"Toys": dict(feats=["is safety-tested to EN 71", "is made from sustainably sourced materials",
                                 "encourages creative, screen-free play", "is built to be handed down"],
                          uses=["Perfect for park afternoons, beach days and bedtime cuddles.", "A great birthday or holiday gift.",
                                "Fun for children and grown-ups alike."]),
             "Video Games": dict(feats=["works out of the box with no drivers", "charges over USB-C",
                                        "is built to survive intense sessions"],
                                 uses=["Perfect for couch co-op and competitive play.", "A great gift for gamers of all ages.",
                                       "Ideal for long weekends of gaming."],
                                 who=["casual gamers", "competitive players", "families"],
                                 closers=["Comes with a USB-C cable.", "Covered by a two-year warranty.", "Free returns within 30 days."])}),
    "BOO": dict(
        feats=["is a joy to hold and use", "is designed by working artists and writers", "is made with recycled or certified materials"],
        uses=["Ideal for school, the studio and the office.", "A great gift for writers, students and artists.",
              "Perfect for daily notes, sketches and big ideas."],
        who=["students", "artists", "journal keepers", "office workers"],
        closers=["Ships in plastic-free packaging.", "Refills and spares are available.", "Made in Europe."],
        sub={"Books": dict(feats=["is printed on FSC-certified paper", "is published by a small independent press",
                                  "has a beautifully designed cover"],
                           uses=["Perfect for the commute, the beach or a quiet evening.", "A great gift for curious readers.",
                                 "A book you will want to lend to friends."],
                           who=["avid readers", "book clubs", "curious minds"],
                           closers=["Signed copies are available while stocks last.", "Free bookmark with every order.",
                                    "Printed and bound in Europe."])}),
    "FOO": dict(
        feats=["is made by a small family producer", "contains no artificial additives", "is traceable from field to shelf",
               "comes in recyclable packaging", "won a gold award at a regional food fair"],
        uses=["Perfect for breakfast, picnics and cheese boards.", "A pantry staple for everyday cooking.",
              "Makes a delicious gift for food lovers."],
        who=["food lovers", "home cooks", "breakfast fans", "hosts"],
        closers=["Best stored in a cool, dry place.", "Check the label for allergen information.", "Shipped in insulated packaging when needed."],
        sub={"Snacks & Drinks": dict(uses=["Perfect for movie nights, picnics and afternoon breaks.", "A sweet treat to share, or not.",
                                           "Makes a delicious gift for food lovers."])}),
}

LEVEL_WORDS = {
    "budget": ["affordable", "great-value", "no-nonsense", "practical"],
    "mid": ["well-made", "versatile", "dependable", "thoughtfully designed"],
    "premium": ["premium", "top-of-the-range", "beautifully finished", "uncompromising"],
}

# --------------------------------------------------------------------------------------
# Shopper name pools: (given names, family names, family-name-first display?)
# --------------------------------------------------------------------------------------
NAME_GROUPS = [
    (["Ana", "Joao", "Mariana", "Tiago", "Beatriz", "Rui", "Ines", "Pedro", "Leonor", "Duarte"],
     ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Almeida", "Sousa", "Carvalho"], False),
    (["Lucia", "Javier", "Carmen", "Diego", "Elena", "Pablo", "Marta", "Alvaro", "Sofia", "Mateo"],
     ["Garcia", "Martinez", "Lopez", "Sanchez", "Romero", "Navarro", "Torres", "Ruiz", "Moreno", "Ortega"], False),
    (["Camille", "Louis", "Chloe", "Hugo", "Manon", "Jules", "Lea", "Arthur", "Margaux", "Theo"],
     ["Martin", "Bernard", "Dubois", "Laurent", "Lefebvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Blanc"], False),
    (["Lena", "Jonas", "Mia", "Felix", "Hannah", "Lukas", "Emma", "Paul", "Clara", "Maximilian"],
     ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter"], False),
    (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Alessia", "Davide", "Sara", "Lorenzo"],
     ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"], False),
    (["Sanne", "Daan", "Femke", "Bram", "Lotte", "Ruben", "Eva", "Sem", "Noor", "Jesse"],
     ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"], False),
    (["Astrid", "Erik", "Ingrid", "Lars", "Freja", "Magnus", "Sigrid", "Olav", "Elin", "Nils"],
     ["Hansen", "Johansson", "Nilsson", "Larsen", "Andersen", "Lindberg", "Berg", "Dahl", "Holm", "Lund"], False),
    (["Zofia", "Jakub", "Maja", "Kacper", "Julia", "Piotr", "Natalia", "Tomasz", "Alicja", "Michal"],
     ["Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski"], False),
    (["Eleni", "Nikos", "Maria", "Giorgos", "Katerina", "Dimitris", "Sofia", "Yannis"],
     ["Papadopoulos", "Georgiou", "Nikolaou", "Konstantinou", "Dimitriou", "Vasileiou"], False),
    (["Elif", "Emre", "Zeynep", "Can", "Ayse", "Mehmet", "Defne", "Burak"],
     ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Aydin", "Ozturk", "Arslan"], False),
    (["Wei", "Fang", "Jing", "Lei", "Min", "Hao", "Xin", "Yu", "Jie", "Ling"],
     ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"], True),
    (["Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Sota", "Hina", "Kaito"],
     ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"], False),
    (["Ji-woo", "Min-jun", "Seo-yeon", "Do-hyun", "Ha-eun", "Ji-ho"],
     ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"], False),
    (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Isha", "Aditya", "Meera", "Nikhil"],
     ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Mehta", "Rao", "Desai", "Kapoor"], False),
    (["Chiamaka", "Tunde", "Ngozi", "Emeka", "Adaeze", "Kwame", "Ama", "Kofi", "Amara", "Femi"],
     ["Okafor", "Adeyemi", "Mensah", "Okonkwo", "Boateng", "Nwosu", "Asante", "Balogun"], False),
    (["Layla", "Omar", "Yasmin", "Karim", "Nour", "Youssef", "Salma", "Tariq"],
     ["Haddad", "Khalil", "Nasser", "Mansour", "Saleh", "Farouk", "Aziz", "Hamdan"], False),
    (["Linh", "Minh", "Thu", "Duc", "Mai", "Quang"],
     ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"], False),
    (["Siobhan", "Ciaran", "Aoife", "Liam", "Niamh", "Oisin", "Emily", "James", "Grace", "Oliver"],
     ["Murphy", "Kelly", "O'Brien", "Walsh", "Smith", "Taylor", "Brown", "Wilson", "Evans", "Hughes"], False),
    (["Anastasia", "Dmytro", "Olena", "Ivan", "Kateryna", "Andriy", "Daria", "Sergei"],
     ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Petrov", "Ivanova", "Tkachenko"], False),
    (["Isabela", "Gabriel", "Larissa", "Rafael", "Camila", "Thiago", "Valentina", "Felipe"],
     ["Souza", "Lima", "Araujo", "Ribeiro", "Barbosa", "Cardoso", "Gomes", "Teixeira"], False),
    (["Maile", "Kai", "Aroha", "Tane", "Isla", "Noah"],
     ["Ngata", "Parata", "Campbell", "Stewart", "Reid", "Fraser"], False),
    (["Carlos", "Mariana", "Alejandro", "Daniela", "Sebastian", "Valeria", "Andres", "Paula"],
     ["Hernandez", "Gonzalez", "Ramirez", "Flores", "Castillo", "Vargas", "Rojas", "Mendoza"], False),
]

# Diacritics for display names (emails stay ASCII).
DISPLAY_FIX = {
    "Joao": "João", "Ines": "Inês", "Lucia": "Lucía", "Alvaro": "Álvaro", "Chloe": "Chloé", "Lea": "Léa",
    "Theo": "Théo", "Muller": "Müller", "Wisniewski": "Wiśniewski", "Wojcik": "Wójcik", "Kaminski": "Kamiński",
    "Zielinski": "Zieliński", "Szymanski": "Szymański", "Michal": "Michał", "Yilmaz": "Yılmaz", "Sahin": "Şahin",
    "Celik": "Çelik", "Aydin": "Aydın", "Ozturk": "Öztürk", "Ayse": "Ayşe", "Oisin": "Oisín", "Ramirez": "Ramírez",
    "Hernandez": "Hernández", "Gonzalez": "González", "Sebastian": "Sebastián", "Andres": "Andrés",
    "Araujo": "Araújo", "Nguyen": "Nguyễn", "Tran": "Trần", "Pham": "Phạm", "Hoang": "Hoàng", "Vu": "Vũ",
    "Duc": "Đức", "Niamh": "Niamh", "Lopez": "López", "Sanchez": "Sánchez", "Martinez": "Martínez",
    "Garcia": "García", "Bjorn": "Björn",
}

# Price factor relative to the kind's base price, for variants that are much cheaper or dearer.
VARIANT_PRICE = {
    "1-Person Ultralight Tent": 1.5, "4-Person Family Tunnel Tent": 1.4, "18 L Hydration Pack": 0.6, "65 L Expedition Pack": 1.6,
    "Lightweight Approach Shoes": 0.8, "Inflatable Kayak": 0.5, "Touring Canoe": 1.3, "Sit-on-Top Kayak": 0.7,
    "Kids' Bike 20-inch": 0.35, "Gravel Bike": 1.4, "Mini Basketball": 0.5, "Junior Tennis Racket 25": 0.45,
    "Badminton Racket": 0.8, "Badminton Set for Four": 1.1, "Feather Shuttlecocks (12)": 0.5, "Nylon Shuttlecocks (6)": 0.25,
    "Junior Skis": 0.45, "Ski Boots": 0.8, "Adjustable Kids' Skates": 0.6, "Swim Lap Timer": 1.4,
    "13-inch Convertible Laptop": 0.9, "17-inch Gaming Laptop": 1.5, "Mini PC": 0.6, "27-inch 4K Monitor": 0.45,
    "Tower Workstation": 1.8, "Gaming Mouse": 1.5, "Compact Smartphone 128 GB": 0.9, "6.7-inch Smartphone 256 GB": 1.4,
    "Rugged Smartphone 64 GB": 0.8, "Rechargeable AA Batteries (8-pack)": 0.5, "Laptop Power Bank 25,000 mAh": 1.8,
    "Power Bank 20,000 mAh": 1.3, "Kids' Volume-Limited Headphones": 0.3, "True Wireless Earbuds": 0.8,
    "Smart Home Speaker": 0.8, "Bookshelf Speakers (Pair)": 2.0, "Soundbar": 2.2, "Waterproof Shower Speaker": 0.35,
    "Instant Film Camera": 0.15, "Compact Travel Camera": 0.7, "Full-Frame Camera Body": 2.3, "4K Action Camera": 0.45,
    "32-inch HD Smart TV": 0.35, "43-inch 4K TV": 0.6, "65-inch OLED TV": 2.2,
    "3/4 Travel Guitar": 0.5, "Classical Nylon-String Guitar": 0.6, "Student Violin 3/4": 0.5,
    "61-Key Portable Keyboard": 0.35, "49-Key MIDI Controller": 0.25, "88-Key Stage Piano": 1.4,
    "Student Trumpet": 0.55, "Pocket Trumpet": 0.7, "Flugelhorn": 1.3, "Student Alto Saxophone": 0.6, "Tenor Saxophone": 1.3,
    "14x5.5 Snare Drum": 0.45, "Junior Drum Kit": 0.4, "Electronic Drum Kit": 1.2, "Kids' Hand Percussion Kit": 1.4,
    "Large-Diaphragm Studio Microphone": 2.2, "Wireless Handheld Microphone": 1.5, "Podcast Microphone Kit": 1.6,
    "Carbon Steel Wok 30 cm": 0.8, "Crêpe Pan 25 cm": 0.7, "Pressure Cooker 6 L": 1.2, "Enamelled Dutch Oven 5 L": 1.6,
    "Porcelain Plate Set (6)": 0.55, "Champagne Flutes (Pair)": 0.8, "Tea-for-One Set": 0.6, "Espresso Cups (Set of 4)": 1.6,
    "Insulated Travel Mug": 1.7, "Knife Block Set (6 pieces)": 2.6, "Paring Knife 9 cm": 0.35, "Spice Jar Set (12)": 1.5,
    "Ergonomic Office Chair": 1.7, "Folding Bistro Chair": 0.35, "Upholstered Armchair": 2.0,
    "Single Bed Frame 90x200": 0.5, "King Bed with Storage 180x200": 1.6, "Two-Seat Sofa": 0.75, "Corner Sofa": 1.6,
    "Smart Colour Bulb E27": 2.2, "GU10 LED Spots (5-pack)": 1.6, "Gallery Frame Set (7 pieces)": 2.5, "Collage Frame": 1.4,
    "Vanity Mirror with LED": 0.7, "Glass Bud Vase": 0.4, "Stoneware Vase Set (3)": 1.6, "Outdoor Yard Broom": 1.2,
    "Olive Tree 90 cm": 2.6, "Monstera Deliciosa 60 cm": 1.4, "Golden Pothos Hanging Plant": 0.7, "Succulent Collection (6)": 1.7,
    "Tomato Seedlings (6)": 1.3, "Vegetable Seed Collection": 2.2, "Mixed Spring Bulbs (40)": 1.4, "Potted Tulips": 1.1,
    "Sunflower Bunch (10 stems)": 2.6, "Sunflower Grow Kit": 1.8, "Rose Bouquet (20 stems)": 1.3,
    "Balcony Parasol 2 m": 0.5, "Cantilever Parasol 3x3 m": 2.5, "Beach Umbrella 1.8 m": 0.3,
    "Club Hammer 1.25 kg": 1.1, "Torque Wrench 1/2-inch": 2.6, "Combination Spanner Set (12)": 1.6, "Pipe Wrench 14-inch": 1.3,
    "Cordless Screwdriver 3.6 V": 1.8, "Insulated VDE Screwdriver Set": 1.5, "Hacksaw": 0.7, "Japanese Pull Saw": 1.3,
    "Heavy-Duty Bike Chain Lock": 2.6, "Combination Padlock": 0.8, "Mechanics Tool Set (108 pieces)": 2.4, "Tool Bag 16-inch": 0.7,
    "Kitchen Step Stool": 0.35, "Multi-Purpose Ladder 4x4": 1.6, "Telescopic Ladder 3.8 m": 1.4, "Helmet with Ear Defenders": 1.6,
    "Kids' Graphic T-Shirt": 0.6, "Merino Wool T-Shirt": 2.2, "Long-Sleeve Henley": 1.3, "Wool Overcoat": 1.4,
    "Lightweight Rain Jacket": 0.6, "Cashmere Scarf": 3.0, "Silk Square Scarf": 2.0, "Carbon Racing Shoes": 1.7,
    "Rain Boots": 0.45, "Mini Top-Handle Bag": 0.9, "Canvas Weekender": 1.1, "Luggage Set (3 pieces)": 2.2,
    "Large Suitcase 77 cm": 1.3, "Cabin Suitcase 55 cm": 0.85, "Automatic Dive Watch": 2.2, "Minimalist Quartz Watch": 0.6,
    "Fitness Smartwatch 44 mm": 1.3, "Lab-Grown Diamond Solitaire Ring": 4.0, "Gold Vermeil Stacking Ring": 0.6,
    "Glass Eye Charm": 0.3, "Titanium Frame Glasses": 1.6, "Blue-Light Reading Glasses": 0.45, "Sports Wraparound Sunglasses": 1.1,
    "Tinted Lip Balm": 0.45, "Lip Liner": 0.6, "Nail Care Set": 2.2, "Hyaluronic Serum": 1.8, "Night Cream": 1.9,
    "Hand Cream": 0.6, "Liquid Hand Soap 500 ml": 1.1, "Electric Foil Shaver": 3.2, "Beard Trimmer": 1.8,
    "5-Blade Razor with Refills": 0.7, "Sonic Electric Toothbrush": 4.0, "Kids' Soft Toothbrush": 0.3,
    "Giant Teddy Bear 80 cm": 2.4, "Musical Bedtime Bear": 1.2, "Dual-Line Stunt Kite": 2.2, "Kids' Diamond Kite": 0.5,
    "Polyhedral Dice Set": 0.45, "Strategy Board Game": 1.5, "Kids' Floor Puzzle (48 pieces)": 0.8, "3D Wooden Puzzle": 1.5,
    "Magnetic Travel Chess": 0.4, "Tournament Chess Set": 1.6, "Illustrated Art Deck": 2.0, "Plastic Poker Cards": 1.3,
    "Retro Handheld Console": 1.4, "Pro Controller with Back Paddles": 1.9, "Controller Charging Dock": 0.45,
    "Hardcover": 1.45, "Box Set": 2.4, "Spiral-Bound": 1.1, "Weekly Planner 2027": 1.3, "Mechanical Pencil 0.5 mm": 0.8,
    "Coloured Pencils (36)": 2.2, "Watercolour Pencils (24)": 2.6, "Brass Fountain Pen": 1.6, "Rollerball Pen": 0.5,
    "Calligraphy Pen Set": 0.6, "Sable Watercolour Brush No. 8": 1.4, "Wooden Artist Palette": 0.5,
    "Fabric Shears 25 cm": 2.2, "Kids' Safety Scissors": 0.35, "Raw Creamed Honey 350 g": 1.1,
    "Extra Virgin Olive Oil 750 ml": 1.6, "Black Olive Tapenade 180 g": 0.7, "Wholewheat Fusilli 1 kg": 1.3,
    "Egg Tagliatelle 250 g": 0.9, "Butter Brioche 400 g": 0.8, "Alpine Cheese Selection 450 g": 2.0,
    "Praline Gift Box (24)": 4.5, "Hot Chocolate Flakes 250 g": 1.6, "Butter Cookies Tin 500 g": 2.0,
    "Tapioca Pearls 1 kg": 0.7,
}

# Noun used in descriptions when the kind's generic noun does not fit the variant.
VARIANT_NOUN = {
    "Evil Eye Bracelet": "bracelet", "Enamel Eye Earrings": "pair of earrings", "Glass Eye Charm": "charm",
    "Tapioca Pearls 1 kg": "bag of tapioca pearls", "Cold Brew Coffee Concentrate 1 L": "coffee concentrate",
    "Kalamata Olives 350 g": "jar of olives", "Green Olives with Herbs 300 g": "jar of olives",
    "Extra Virgin Olive Oil 750 ml": "olive oil", "Black Olive Tapenade 180 g": "tapenade",
    "Tambourine": "tambourine", "Wooden Maracas (Pair)": "pair of maracas", "Egg Shaker Set": "set of shakers",
    "Sourdough Loaf 800 g": "loaf", "Dark Rye Bread 750 g": "loaf", "Butter Brioche 400 g": "brioche",
    "Bread Baking Mix 1 kg": "baking mix",
    "Daily Moisturiser SPF 30": "moisturiser", "Hyaluronic Serum": "serum", "Body Lotion": "body lotion",
    "Hand Cream": "hand cream", "Night Cream": "night cream",
    "Preserving Jar 1 L": "jar", "Airtight Pantry Canister": "canister",
    "88-Key Digital Piano": "digital piano", "61-Key Portable Keyboard": "keyboard", "88-Key Stage Piano": "stage piano",
    "49-Key MIDI Controller": "MIDI controller", "27-inch 4K Monitor": "monitor",
    "Rechargeable AA Batteries (8-pack)": "battery pack", "Indoor Broom with Dustpan": "broom", "Outdoor Yard Broom": "broom",
    "Soft-Bristle Hearth Brush": "brush", "Extendable Cobweb Broom": "broom", "Tomato Seedlings (6)": "set of seedlings",
    "Potted Tulips": "pot of tulips", "Giant Sunflower Seeds": "seed packet", "Dwarf Sunflower Seeds": "seed packet",
    "Sunflower Bunch (10 stems)": "bunch of flowers", "Sunflower Grow Kit": "grow kit",
    "Mechanics Tool Set (108 pieces)": "tool set", "Polyhedral Dice Set": "dice set", "Retro Handheld Console": "handheld console",
    "Controller Charging Dock": "charging dock", "Wooden Artist Palette": "palette", "Sable Watercolour Brush No. 8": "brush",
    "Mechanical Pencil 0.5 mm": "pencil", "Badminton Racket": "racket", "Badminton Set for Four": "badminton set",
    "Feather Shuttlecocks (12)": "tube of shuttlecocks", "Nylon Shuttlecocks (6)": "tube of shuttlecocks",
    "Two-Seat Canoe": "canoe", "Touring Canoe": "canoe", "Inflatable Kayak": "kayak", "Sit-on-Top Kayak": "kayak",
    "Ski Boots": "pair of ski boots", "Cutlery Set (24 pieces)": "cutlery set", "Memory Foam Mattress 140x200": "mattress",
    "Sofa Bed": "sofa bed", "Matcha Latte Powder 200 g": "latte powder", "Bubble Tea Kit (4 servings)": "bubble tea kit",
    "Bag Mitts": "pair of mitts", "Box Set": "box set", "Praline Gift Box (24)": "gift box",
}


# ======================================================================================
# Generator logic
# ======================================================================================
EMAIL_DOMAIN = "demo.storefront"
T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)            # first possible activity
T_END = datetime(2026, 11, 20, 23, 59, 59, tzinfo=timezone.utc)
SIGNUP_FIRST = datetime(2024, 3, 1, tzinfo=timezone.utc)
SIGNUP_LAST = datetime(2026, 9, 30, tzinfo=timezone.utc)
N_SHOPPERS = 260
N_FACTORS = 8
MIN_RATINGS = 17000
LEVELS = ["budget", "mid", "premium"]
LEVEL_PRICE = {"budget": (0.52, 0.72), "mid": (0.88, 1.15), "premium": (1.65, 2.4)}
FIXED_SHOPPERS = [("alice", "Alice Martin", 45), ("bruno", "Bruno Costa", 30), ("chen", "Chen Wei", 80)]


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch == "-").replace("-", "")


def cap(s):
    return s[:1].upper() + s[1:]


def article(word):
    return "an" if word[:1].lower() in "aeiou" else "a"


def gauss_vec(rng, n, sd=1.0):
    return [rng.gauss(0.0, sd) for _ in range(n)]


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def draw_spec(rng, spec):
    """list -> choice, (lo, hi, nd) -> number, anything else -> itself."""
    if isinstance(spec, list):
        return rng.choice(spec)
    if isinstance(spec, tuple) and len(spec) == 3:
        lo, hi, nd = spec
        v = rng.uniform(lo, hi)
        return int(round(v)) if nd == 0 else round(v, nd)
    return spec


def format_price(rng, value):
    if value < 20:
        base = max(1, int(value))
        return "%d.%s" % (base, rng.choice(["49", "95", "99", "99"]))
    if value < 100:
        return "%d.%s" % (int(value), rng.choice(["00", "90", "95", "99"]))
    if value < 1000:
        tens = int(value // 10) * 10
        return "%d.00" % (tens + rng.choice([-1, 5, 9, 9]) if tens >= 10 else int(value))
    hundreds = int(value // 50) * 50
    return "%d.00" % (hundreds + rng.choice([-1, 49, 49, 0]))


# --------------------------------------------------------------------------------------
# Catalogue
# --------------------------------------------------------------------------------------
def build_catalog(rng):
    cat_brands = {}
    for name, level, cats in BRANDS:
        for c in cats:
            cat_brands.setdefault(c, []).append((name, level))
    for code, lst in cat_brands.items():
        assert 4 <= len(lst) <= 8, (code, len(lst))

    products = []
    used_names = set()
    for cat_name, cat_code, _w, subs, models in CATEGORIES:
        brands = cat_brands[cat_code]
        brand_use = {b[0]: 0 for b in brands}
        text = TEXT[cat_code]
        for sub_name, kinds in subs:
            for kind in kinds:
                n_items = rng.choice([3, 4, 4, 4, 5])
                model_pool = globals()[kind["models"]] if "models" in kind else models
                for seq in range(1, n_items + 1):
                    # least-used brand first (ties broken randomly) keeps brands balanced
                    order = sorted(brands, key=lambda b: (brand_use[b[0]], rng.random()))
                    brand, level = order[0] if rng.random() < 0.7 else rng.choice(brands)
                    brand_use[brand] += 1
                    for _attempt in range(200):
                        variant = rng.choice(kind["variants"])
                        vtext, vover = (variant, {}) if isinstance(variant, str) else variant
                        model = rng.choice(model_pool)
                        if "models" not in kind and rng.random() < 0.35:
                            model += " " + rng.choice(["2", "3", "Pro", "Lite", "II", "X", "Plus", "S"])
                        pattern = kind.get("name", "{brand} {model} {variant}")
                        name = pattern.format(brand=brand, model=model, variant=vtext)
                        if name not in used_names:
                            break
                    else:
                        raise RuntimeError("could not find a unique product name")
                    used_names.add(name)

                    attrs = {}
                    for key, spec in kind["attrs"].items():
                        if key in vover:
                            spec = vover[key]
                        if spec is None:
                            continue
                        if spec == "AUTHOR":
                            spec = rng.choice(AUTHOR_FIRST) + " " + rng.choice(AUTHOR_LAST)
                        attrs[key] = draw_spec(rng, spec)
                    for key, spec in vover.items():
                        if key not in kind["attrs"] and spec is not None and not key.startswith("_"):
                            attrs[key] = draw_spec(rng, spec)

                    lo, hi = LEVEL_PRICE[level]
                    price_value = (kind["price"] * VARIANT_PRICE.get(vtext, 1.0)
                                   * rng.uniform(lo, hi) * rng.uniform(0.9, 1.1))
                    price = format_price(rng, price_value)
                    stock = 0 if rng.random() < 0.03 else int(rng.triangular(1, 250, 35))

                    products.append(dict(
                        cat=cat_name, cat_code=cat_code, sub=sub_name, kind=kind, brand=brand, level=level,
                        model=model, variant=vtext, name=name, price=price, stock=stock, attrs=attrs,
                        text=dict(text, **text.get("sub", {}).get(sub_name, {})),
                        feats=vover.get("_feats", kind["feats"])))
    # SKUs: per (category, kind) sequence in catalogue order
    counters = {}
    for p in products:
        key = (p["cat_code"], p["kind"]["code"])
        counters[key] = counters.get(key, 0) + 1
        p["sku"] = "%s-%s-%04d" % (p["cat_code"], p["kind"]["code"], counters[key] * 3 + rng.randint(0, 2))
    for p in products:
        p["description"] = describe(rng, p)
    return products


def also(pred):
    """'is light' -> 'is also light'; 'has x' -> 'also has x'."""
    return "is also " + pred[3:] if pred.startswith("is ") else "also " + pred


def the(title):
    return title if title.split()[0] in ("The", "A") else "the " + title


def describe(rng, p):
    t = p["text"]
    kind = p["kind"]
    kf = rng.choice(p["feats"])
    cf = rng.choice(t["feats"])
    use = rng.choice(t["uses"])
    close = rng.choice(t["closers"])
    who = rng.choice(t["who"])
    lw = rng.choice(LEVEL_WORDS[p["level"]])
    noun = VARIANT_NOUN.get(p["variant"], kind["noun"])
    book = bool(kind.get("name"))
    short = the(p["model"]) if book else "the %s %s" % (p["brand"], p["model"])
    templates = [
        lambda: "%s %s and %s. %s" % (cap(short), kf, cf, use),
        lambda: "Built for %s, this %s %s. It %s. %s" % (who, noun, kf, also(cf), close),
        lambda: "%s %s %s, and it %s." % (use, cap(short), kf, cf),
        lambda: "Looking for %s %s %s? %s %s, and it %s. %s" % (article(lw), lw, noun, cap(short), kf, cf, close),
        lambda: "This %s %s from %s %s. %s %s" % (lw, noun, p["brand"], kf, use, close),
        lambda: "%s is %s %s %s that %s. It %s. %s" % (cap(short), article(lw), lw, noun, kf, also(cf), close),
    ]
    if not book:
        templates.append(lambda: "%s designed the %s for %s: it %s. %s" % (p["brand"], p["model"], who, kf, close))
    return rng.choice(templates)()


# --------------------------------------------------------------------------------------
# Shoppers and the latent taste model
# --------------------------------------------------------------------------------------
def build_shoppers(rng, cat_codes, cat_names, cat_weights, brands_by_cat):
    shoppers = []
    used = set()
    span_min = int((SIGNUP_LAST - SIGNUP_FIRST).total_seconds() // 60)
    for i in range(N_SHOPPERS):
        if i < len(FIXED_SHOPPERS):
            local, display, n_fixed = FIXED_SHOPPERS[i]
        else:
            n_fixed = None
            for _ in range(1000):
                given, family, family_first = rng.choice(NAME_GROUPS)
                g, f = rng.choice(given), rng.choice(family)
                local = "%s.%s" % (ascii_fold(g), ascii_fold(f))
                gd, fd = DISPLAY_FIX.get(g, g), DISPLAY_FIX.get(f, f)
                display = "%s %s" % ((fd, gd) if family_first else (gd, fd))
                if local not in used:
                    break
        used.add(local)
        # favourite categories (weighted, without replacement)
        n_fav = rng.choices([1, 2, 3], weights=[3, 4, 3])[0]
        favs = []
        pool = list(range(len(cat_codes)))
        weights = list(cat_weights)
        for _ in range(n_fav):
            k = rng.choices(range(len(pool)), weights=weights)[0]
            favs.append(pool.pop(k))
            weights.pop(k)
        level = rng.choices(LEVELS, weights=[3, 5, 2])[0]
        created = SIGNUP_FIRST + timedelta(minutes=5 * (rng.randint(0, span_min) // 5))
        shoppers.append(dict(email="%s@%s" % (local, EMAIL_DOMAIN), display=display, favs=favs,
                             level=level, created=created, n_fixed=n_fixed))
    return shoppers


def taste_model(rng, products, shoppers, n_cats, sub_index):
    """Attach latent parameters to items and shoppers (see README.md)."""
    cat_vec = [gauss_vec(rng, N_FACTORS, 1.0 / math.sqrt(N_FACTORS)) for _ in range(n_cats)]
    sub_vec = [gauss_vec(rng, N_FACTORS, 1.0 / math.sqrt(N_FACTORS)) for _ in range(len(sub_index))]
    # items: quality, power-law popularity, factors
    for p in products:
        p["quality"] = rng.gauss(0.0, 0.5)
        base = [0.9 * a + 0.7 * b for a, b in zip(cat_vec[p["cat_idx"]], sub_vec[p["sub_idx"]])]
        p["factors"] = [x + rng.gauss(0.0, 0.45 / math.sqrt(N_FACTORS)) for x in base]
    order = sorted(range(len(products)), key=lambda i: -(products[i]["quality"] + rng.gauss(0.0, 0.6)))
    for rank, i in enumerate(order, start=1):
        products[i]["pop_rank"] = rank
        products[i]["popularity"] = -0.75 * math.log(rank)   # exp(popularity) = rank^-0.75
    # shoppers
    for s in shoppers:
        aff = [rng.gauss(-0.6, 0.45) for _ in range(n_cats)]
        for j, c in enumerate(s["favs"]):
            aff[c] = 2.4 - 0.35 * j + rng.gauss(0.0, 0.25)
        s["affinity"] = aff
        u = [0.0] * N_FACTORS
        for c in s["favs"]:
            u = [a + b for a, b in zip(u, cat_vec[c])]
        s["factors"] = [x / len(s["favs"]) + rng.gauss(0.0, 0.8 / math.sqrt(N_FACTORS)) for x in u]
        s["bias"] = rng.gauss(0.0, 0.35)
        # favourite brands: 1-3 brands of the favourite categories, preferring the shopper's level
        cands = []
        for c in s["favs"]:
            for b, lvl in s["brand_pool"][c]:
                if b not in [x for x, _ in cands]:
                    cands.append((b, lvl))
        w = [3.0 if lvl == s["level"] else 1.0 for _, lvl in cands]
        fav_brands = []
        for _ in range(min(len(cands), rng.choice([1, 2, 2, 3]))):
            k = rng.choices(range(len(cands)), weights=w)[0]
            fav_brands.append(cands.pop(k)[0])
            w.pop(k)
        s["fav_brands"] = fav_brands
        # heavy-tailed activity (number of rated items)
        n = s["n_fixed"] or int(12 + math.exp(rng.gauss(3.62, 1.06)))
        s["n_ratings"] = min(n, 380)


PRICE_MATCH = {("budget", "budget"): 0.5, ("mid", "mid"): 0.5, ("premium", "premium"): 0.5,
               ("budget", "mid"): 0.0, ("mid", "budget"): 0.0, ("mid", "premium"): 0.0, ("premium", "mid"): 0.0,
               ("budget", "premium"): -1.0, ("premium", "budget"): -0.6}


def utility(s, p):
    u = s["affinity"][p["cat_idx"]]
    if p["brand"] in s["fav_brands"]:
        u += 0.8
    u += PRICE_MATCH[(s["level"], p["level"])]
    u += 1.6 * dot(s["factors"], p["factors"])
    u += 0.5 * p["quality"]
    return u


def gumbel_top_k(rng, logw, k):
    keys = []
    for i, lw in enumerate(logw):
        g = -math.log(-math.log(rng.random() or 1e-300))
        keys.append((lw + g, i))
    keys.sort(reverse=True)
    return [i for _, i in keys[:k]]


def search_query(rng, p):
    stop = ("set", "of", "pack", "with", "for", "and", "&", "pieces", "g", "kg", "cm", "mm", "ml", "l", "m", "mah",
            "gb", "oz", "lm", "v", "w", "x", "%", "no.", "stems", "servings", "half", "pans", "steps")
    words = [w for w in p["variant"].replace("(", " ").replace(")", " ").split()
             if not any(ch.isdigit() for ch in w) and w.lower() not in stop]
    words = [w.lower().strip(",") for w in words if w.strip(",")]
    tail = words[-1] if words else p["kind"]["noun"].lower()
    two = " ".join(words[-2:]) if len(words) >= 2 else tail
    opts = [tail, two, two, "%s %s" % (p["brand"].lower(), tail), p["sub"].lower(), p["model"].split()[0].lower(),
            "%s %s" % (rng.choice(["cheap", "best", "new", "gift", "sale"]), tail), p["cat"].lower()]
    return rng.choices(opts, weights=[4, 4, 2, 2, 2, 1, 1, 1])[0]


def simulate(rng, products, shoppers):
    ratings, events = [], []
    raw = []   # (shopper idx, product idx, latent score) -> stars via global quantiles
    for si, s in enumerate(shoppers):
        util = [utility(s, p) for p in products]
        logw = [u + p["popularity"] for u, p in zip(util, products)]
        chosen = gumbel_top_k(rng, logw, s["n_ratings"])
        s["util"] = util
        for pi in chosen:
            raw.append((si, pi, util[pi] + s["bias"] + rng.gauss(0.0, 0.75)))
        s["rated"] = chosen
        s["logw"] = logw
    # map latent scores to stars with fixed global quantiles (1..5)
    scores = sorted(r[2] for r in raw)
    cuts = [scores[int(q * (len(scores) - 1))] for q in (0.06, 0.14, 0.32, 0.64)]
    stars_of = {}
    for si, pi, sc in raw:
        stars_of[(si, pi)] = 1 + sum(sc > c for c in cuts)

    for si, s in enumerate(shoppers):
        start = max(T0, s["created"]) + timedelta(hours=rng.randint(1, 72))
        last = T_END - timedelta(days=22)
        span = int((last - start).total_seconds())
        assert span > 86400, s["email"]

        def at(off):
            return start + timedelta(seconds=off)

        def chain(pi, stars):
            p = products[pi]
            t = rng.randint(0, span)
            if rng.random() < 0.22 and t > 600:
                events.append((at(t - rng.randint(15, 400)), s["email"], "", "search", search_query(rng, p)))
            events.append((at(t), s["email"], p["sku"], "view", ""))
            if rng.random() < 0.12:   # a second look a little later
                events.append((at(t + rng.randint(600, 86400 * 3)), s["email"], p["sku"], "view", ""))
            last_t = t
            like = stars if stars else (5 if s["util"][pi] > 2.5 else 3 if s["util"][pi] > 1.0 else 2)
            p_cart = {5: 0.55, 4: 0.42, 3: 0.18, 2: 0.07, 1: 0.04}[like]
            if stars is None:
                p_cart *= 0.35
            if rng.random() < p_cart:
                tc = t + rng.randint(30, 1800)
                events.append((at(tc), s["email"], p["sku"], "add_to_cart", ""))
                last_t = tc
                if rng.random() < (0.75 if like >= 4 else 0.45):
                    tp = tc + rng.randint(60, 3600)
                    events.append((at(tp), s["email"], p["sku"], "purchase", ""))
                    last_t = tp
                    if stars:
                        return at(tp + rng.randint(2 * 86400, 20 * 86400))
            if stars:
                return at(last_t + rng.randint(300, 5 * 86400))
            return None

        for pi in s["rated"]:
            st = stars_of[(si, pi)]
            ratings.append((chain(pi, st), s["email"], products[pi]["sku"], st))
        # extra browsing without a rating: about a third of the rated volume
        rated = set(s["rated"])
        n_browse = max(2, int(len(s["rated"]) * rng.uniform(0.2, 0.45)))
        cand = gumbel_top_k(rng, s["logw"], len(s["rated"]) + n_browse)
        for pi in [i for i in cand if i not in rated][:n_browse]:
            chain(pi, None)
        # searches that led nowhere in particular
        for _ in range(rng.randint(0, 3)):
            pi = gumbel_top_k(rng, s["logw"], 1)[0]
            events.append((at(rng.randint(0, span)), s["email"], "", "search", search_query(rng, products[pi])))
    return ratings, events


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------
def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the Storefront demo data set.")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    products = build_catalog(rng)
    cat_codes = [c[1] for c in CATEGORIES]
    cat_names = [c[0] for c in CATEGORIES]
    cat_weights = [c[2] for c in CATEGORIES]
    sub_index = {}
    for p in products:
        p["cat_idx"] = cat_codes.index(p["cat_code"])
        p["sub_idx"] = sub_index.setdefault((p["cat_code"], p["sub"]), len(sub_index))
    brands_by_cat = []
    for code in cat_codes:
        brands_by_cat.append([(b, lvl) for b, lvl, cats in BRANDS if code in cats])

    shoppers = build_shoppers(rng, cat_codes, cat_names, cat_weights, brands_by_cat)
    for s in shoppers:
        s["brand_pool"] = brands_by_cat
    taste_model(rng, products, shoppers, len(cat_codes), sub_index)
    # keep the data set at a useful size whatever the seed (at least ~17k ratings)
    total = sum(s["n_ratings"] for s in shoppers)
    if total < MIN_RATINGS:
        f = MIN_RATINGS / total
        for s in shoppers:
            if not s["n_fixed"]:
                s["n_ratings"] = min(380, int(math.ceil(s["n_ratings"] * f)))
    ratings, events = simulate(rng, products, shoppers)
    assert len(products) >= 420 and len(ratings) >= 16000, (len(products), len(ratings))

    out = args.out
    os.makedirs(out, exist_ok=True)
    missing = sorted(set(p["kind"]["image"] for p in products
                         if not os.path.exists(os.path.join(out, "images", p["kind"]["image"] + ".png"))))
    if missing:
        print("warning: %d product images not found under %s/images" % (len(missing), out), file=sys.stderr)
    write_csv(os.path.join(out, "catalog.csv"),
              ["sku", "name", "categories", "brand", "price", "currency", "stock", "image", "description", "attributes"],
              [[p["sku"], p["name"], "%s > %s" % (p["cat"], p["sub"]), p["brand"], p["price"], "EUR", p["stock"],
                "images/%s.png" % p["kind"]["image"], p["description"],
                json.dumps(p["attrs"], ensure_ascii=False, separators=(",", ":"))] for p in products])
    write_csv(os.path.join(out, "shoppers.csv"),
              ["email", "display_name", "favourite_categories", "price_level", "created_at"],
              [[s["email"], s["display"], "|".join(cat_names[c] for c in s["favs"]), s["level"], iso(s["created"])]
               for s in shoppers])
    ratings.sort(key=lambda r: (r[0], r[1], r[2]))
    write_csv(os.path.join(out, "ratings.csv"), ["email", "sku", "stars", "rated_at"],
              [[e, sku, st, iso(t)] for t, e, sku, st in ratings])
    type_order = {"search": 0, "view": 1, "add_to_cart": 2, "purchase": 3}
    events.sort(key=lambda e: (e[0], e[1], type_order[e[3]], e[2], e[4]))
    write_csv(os.path.join(out, "events.csv"), ["email", "sku", "type", "occurred_at", "query"],
              [[e, sku, typ, iso(t), q] for t, e, sku, typ, q in events])
    print("products=%d shoppers=%d ratings=%d events=%d" % (len(products), len(shoppers), len(ratings), len(events)))


if __name__ == "__main__":
    main()
