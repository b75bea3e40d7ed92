--TEST--
json_encode: non-ASCII as \uXXXX, astral characters as surrogate pairs
--FILE--
<?php
echo json_encode("é"), "\n";
echo json_encode("€ 日本語"), "\n";
echo json_encode("😀 𝄞"), "\n";
echo json_encode("\u{10FFFF}\u{FFFD}\u{80}\u{7FF}\u{800}"), "\n";
echo json_encode(["ключ" => "значение"]), "\n";
--EXPECT--
"\u00e9"
"\u20ac \u65e5\u672c\u8a9e"
"\ud83d\ude00 \ud834\udd1e"
"\udbff\udfff\ufffd\u0080\u07ff\u0800"
{"\u043a\u043b\u044e\u0447":"\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435"}
