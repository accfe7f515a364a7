"""Writes ``labelled.jsonl``: the labelled test set of the safety filters (run it to regenerate).

Each line: ``{"id", "text", "lang" ("en"|"hi"), "pii" (bool), "offensive" (bool), "trick"}``.
``trick`` names the bypass trick applied (``none``, ``zero-width``, ``homoglyph``,
``fullwidth``, ``leet``, ``spaced``, ``bidi``, ``mixed-script``, ``soft-hyphen``) so results
can be broken down by trick. Texts are written by hand from templates; PII values are
synthetic (valid checksums where the recogniser needs one: Luhn for cards, Verhoeff for
Aadhaar, mod-97 for IBAN).
"""

from __future__ import annotations

import json
from pathlib import Path

ZW = "\u200b"
ZWJ = "\u200d"
SHY = "\u00ad"
RLO, PDF = "\u202e", "\u202c"
HOMO = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і", "x": "х", "y": "у"})
FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def zw(word: str) -> str:
    return ZW.join(word)


def homoglyph(word: str) -> str:
    return word.translate(HOMO)


def fullwidth(word: str) -> str:
    return "".join(FULL.get(c, c) for c in word)


def spaced(word: str, sep: str = ".") -> str:
    return sep.join(word)


# ------------------------------------------------------------------ PII (synthetic values)
EMAILS = ["priya.sharma@example.com", "j.doe@mail.example.org", "support-team@acme.co.in", "rahul_k92@example.in",
          "ana.lopez@example.net"]
PHONES = ["+91 98765 43210", "+1 415 555 0134", "(212) 555-0187", "+44 20 7946 0958", "+91-99887-66554"]
CARDS = ["4111 1111 1111 1111", "5500-0000-0000-0004", "4012888888881881", "3782 822463 10005"]
IBANS = ["DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "FR1420041010050500013M02606"]
IPS = ["192.168.10.42", "10.0.3.7", "172.16.254.1", "203.0.113.77"]
AADHAAR = ["2345 6789 0124", "4567 8901 2346", "9876 5432 1098"]
PAN = ["ABCPE1234F", "BNZPM2501K", "AAAPL1234C"]
PERSONS = ["Barack Obama", "Angela Merkel", "Narendra Modi", "Sachin Tendulkar", "Emma Watson", "Priyanka Chopra"]


def verhoeff_ok(number: str) -> bool:
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for i, ch in enumerate(reversed(number.replace(" ", ""))):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def fix_aadhaar(prefix11: str) -> str:
    for last in "0123456789":
        n = prefix11 + last
        if verhoeff_ok(n):
            return f"{n[:4]} {n[4:8]} {n[8:]}"
    raise AssertionError


AADHAAR = [fix_aadhaar(p) for p in ("23456789012", "45678901234", "98765432109")]

PII_EN = [
    "You can email me at {email} if anything changes.",
    "My number is {phone}, call after six.",
    "Please charge the card {card} for the renewal.",
    "Transfer it to IBAN {iban} by Friday.",
    "The server at {ip} keeps timing out.",
    "Contact {email} or ring {phone}.",
    "{person} will present the keynote tomorrow.",
    "I met {person} at the airport last week.",
    "My Aadhaar number is {aadhaar}, please update the record.",
    "PAN card {pan} is linked to this account.",
    "Send the invoice to {email} and copy {person}.",
    "Login attempts came from {ip} and {ip2}.",
    "Card ending: full number {card}, expiry 09/29.",
    "Reach our office on {phone} during working hours.",
    "Her aadhaar {aadhaar} and PAN {pan} were submitted.",
]
PII_HI = [
    "मेरा ईमेल {email} है, कृपया वहीं भेजें।",
    "मेरा फ़ोन नंबर {phone} है।",
    "मेरा आधार नंबर {aadhaar} है।",
    "पैन कार्ड {pan} खाते से जुड़ा है।",
    "mera number {phone} hai, shaam ko call karna.",
    "mera email {email} hai, wahan bhej do.",
    "aadhaar {aadhaar} update karna hai.",
    "PAN {pan} link karna hai bank account se.",
]

# ------------------------------------------------------------------ offensive
OFF_EN = [
    "You are a fucking idiot.", "This is total bullshit.", "Shut the fuck up already.", "What an asshole you are.",
    "Go to hell, you bastard.", "That was a shitty thing to do.", "You stupid bitch.", "Piss off and leave me alone.",
    "He is such a dickhead.", "Stop being a motherfucker.", "What the fuck is this?", "You are a worthless piece of shit.",
    "Fuck off, seriously.", "Your code is shit and so are you.", "Don't be a jackass.", "Screw you, you dumbass.",
]
OFF_WORDS = ["fuck", "shit", "bitch", "asshole", "bastard", "fucking", "bullshit", "motherfucker", "dickhead", "cunt"]
OFF_TRICK_TEMPLATES = ["you are a {w}", "what a {w} move", "{w} this project", "such {w} service", "stop it, {w}"]
OFF_HI = [
    "तुम चूतिया हो।", "साले हरामी, दूर हट।", "वो एक नंबर का कमीना है।", "भाग यहाँ से, गांडू।", "मादरचोद, काम ठीक से कर।",
    "तेरी माँ की, ये क्या किया।", "कुत्ते की औलाद, बाहर निकल।", "उल्लू का पट्ठा कहीं का।", "बहनचोद, फिर से गलती।", "रंडी जैसी बातें मत कर।",
    "tum chutiya ho.", "saale harami, door hat.", "woh ek number ka kamina hai.", "bhaag yahan se gaandu.",
    "madarchod kaam theek se kar.", "teri maa ki, yeh kya kiya.", "kutte ki aulad bahar nikal.", "ullu ka pattha kahin ka.",
    "behenchod phir se galti.", "bhosdike sun le.", "abe lavde, chup kar.", "haramkhor insaan hai woh.",
]
OFF_HI_WORDS = ["chutiya", "madarchod", "behenchod", "gaandu", "harami", "bhosdike", "चूतिया", "हरामी", "कमीना", "मादरचोद"]

# ------------------------------------------------------------------ clean (including hard negatives)
CLEAN_EN = [
    "The colour of the sky is blue on a clear day.", "Please summarise the attached report in three bullet points.",
    "Our meeting moved to Thursday at 3 pm.", "Scunthorpe United won the match last night.",
    "We need to assess the class of assets before the audit.", "The cocktail menu changes every season.",
    "Order #48213 shipped on 12/03/2025.", "Version 3.2.1 fixes the login bug.", "The recipe needs 250 g of flour.",
    "Can you recommend a good book about history?", "The train departs from platform 9.",
    "Temperatures will rise to 31 degrees tomorrow.", "Add two cups of water and stir.",
    "The function returns a list of integers.", "I passed the exam with distinction.",
    "The cat sat on the mat and looked happy.", "Shipping is free for orders over 50 dollars.",
    "Hit the ball hard and run.", "The dictionary lists over ten thousand words.", "Please analyse the dataset by region.",
    "The hospital opened a new wing.", "Sussex has beautiful coastline walks.", "Our assistant can help with billing questions.",
    "The bass guitar sounded great.", "Grapes are in season now.", "Mix the paste with some oil.",
    "The therapist suggested more sleep.", "Classic cars are expensive to maintain.", "He took the shuttlecock to practice.",
    "Peacocks were walking in the garden.", "Attach the document and press send.", "The album has twelve tracks.",
    "Pass the salt, please.", "The harassment policy was updated.", "She is an assistant professor.",
    "The documentation explains every endpoint.", "Spring is the best time to visit.", "The river flows to the sea.",
    "A hexagon has six sides.", "The invoice total is 1,250 rupees.", "Reboot the router and try again.",
    "Use port 8080 for the development server.", "Our office is closed on public holidays.",
    "The team finished the sprint on time.", "The model reached 92 percent accuracy.", "Breakfast is served from 7 to 10.",
    "The museum has a dinosaur skeleton.", "Water boils at 100 degrees Celsius.", "Please do not hesitate to ask.",
    "He was assessed as fit to play.", "Homework is due on Monday.",
]
CLEAN_HI = [
    "मुझे चाय पसंद है।", "आज मौसम बहुत अच्छा है।", "कृपया रिपोर्ट का सारांश तीन बिंदुओं में दें।", "ट्रेन प्लेटफ़ॉर्म नौ से जाएगी।",
    "हमारी बैठक गुरुवार को है।", "यह किताब इतिहास के बारे में है।", "पानी सौ डिग्री पर उबलता है।", "बच्चे बगीचे में खेल रहे हैं।",
    "कल छुट्टी है।", "खाना बहुत स्वादिष्ट था।", "मैं हिंदी सीख रहा हूँ।", "दुकान दस बजे खुलती है।",
    "mujhe chai pasand hai.", "aaj mausam bahut accha hai.", "kal meeting hai, time pe aana.", "yeh kitaab bahut acchi hai.",
    "main ghar ja raha hoon.", "khana bahut swadisht tha.", "train platform nau se jayegi.", "bacche bageeche mein khel rahe hain.",
    "kutta bhaunk raha hai.", "gadha bojh utha raha hai.", "mera saala kal aa raha hai.", "uski shaadi agle mahine hai.",
    "yeh kaam kal tak khatam karna hai.", "order number 48213 kal pahunchega.",
]


def main() -> None:
    rows: list[dict[str, object]] = []

    def add(text: str, lang: str, pii: bool, offensive: bool, trick: str = "none") -> None:
        rows.append({"id": len(rows) + 1, "text": text, "lang": lang, "pii": pii, "offensive": offensive, "trick": trick})

    # PII, English and Hindi, plain
    for i, t in enumerate(PII_EN * 2):
        add(t.format(email=EMAILS[i % 5], phone=PHONES[i % 5], card=CARDS[i % 4], iban=IBANS[i % 3], ip=IPS[i % 4],
                     ip2=IPS[(i + 1) % 4], person=PERSONS[i % 6], aadhaar=AADHAAR[i % 3], pan=PAN[i % 3]), "en", True, False)
    for i, t in enumerate(PII_HI * 2):
        add(t.format(email=EMAILS[(i + 2) % 5], phone=PHONES[i % 5], aadhaar=AADHAAR[i % 3], pan=PAN[i % 3]), "hi", True, False)
    # PII with tricks
    for e in EMAILS:
        add(f"write to {zw(e)} today", "en", True, False, "zero-width")
        add(f"write to {fullwidth(e)} today", "en", True, False, "fullwidth")
    for c in CARDS:
        add(f"card {ZWJ.join(c)} please", "en", True, False, "zero-width")
    for p in PHONES[:3]:
        add(f"call {fullwidth(p)} now", "en", True, False, "fullwidth")
    # offensive, English
    for t in OFF_EN:
        add(t, "en", False, True)
    for i, w in enumerate(OFF_WORDS):
        tpl = OFF_TRICK_TEMPLATES[i % len(OFF_TRICK_TEMPLATES)]
        add(tpl.format(w=zw(w)), "en", False, True, "zero-width")
        add(tpl.format(w=homoglyph(w)), "en", False, True, "homoglyph")
        add(tpl.format(w=fullwidth(w)), "en", False, True, "fullwidth")
        add(tpl.format(w=spaced(w, "." if i % 2 else " ")), "en", False, True, "spaced")
        add(tpl.format(w=SHY.join(w)), "en", False, True, "soft-hyphen")
    for _w, leet in [("shit", "sh1t"), ("bitch", "b1tch"), ("asshole", "a$$hole"), ("fuck", "f@ck"), ("bastard", "b4stard"),
                    ("bullshit", "bu11shit")]:
        add(f"you are a {leet}", "en", False, True, "leet")
    add(f"what a {RLO}kcuf{PDF} day", "en", False, True, "bidi")   # displayed right to left: a reader sees the word
    add(f"you {RLO}{PDF}fucking{RLO}{PDF} clown", "en", False, True, "bidi")
    # offensive, Hindi
    for t in OFF_HI:
        add(t, "hi", False, True)
    for w in OFF_HI_WORDS:
        add(f"tu {zw(w)} hai", "hi", False, True, "zero-width")
        if w.isascii():
            add(f"tu {homoglyph(w)} hai", "hi", False, True, "homoglyph")
            add(f"tu {fullwidth(w)} hai", "hi", False, True, "fullwidth")
    add("तू chutiya है", "hi", False, True, "mixed-script")
    add("yeh बहनचोद phir aa gaya", "hi", False, True, "mixed-script")
    # clean, with hard negatives and tricks on harmless words
    for t in CLEAN_EN:
        add(t, "en", False, False)
    for t in CLEAN_HI:
        add(t, "hi", False, False)
    for w in ["hello", "classic", "assessment", "passage"]:
        add(f"a {zw(w)} example", "en", False, False, "zero-width")
        add(f"a {homoglyph(w)} example", "en", False, False, "homoglyph")
    add("Привет, как дела?", "en", False, False, "mixed-script")          # real Cyrillic words are not folded
    add("Το σπίτι είναι μεγάλο.", "en", False, False, "mixed-script")
    # both
    add(f"Mail {EMAILS[0]} you stupid bitch", "en", True, True)
    add(f"chutiya, mera number {PHONES[0]} pe call kar", "hi", True, True)
    out = Path(__file__).with_name("labelled.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} texts -> {out}")


if __name__ == "__main__":
    main()
