--TEST--
json_encode: JSON_UNESCAPED_UNICODE keeps UTF-8 but escapes U+2028/U+2029 unless JSON_UNESCAPED_LINE_TERMINATORS
--FILE--
<?php
$s = "é€😀\u{2028}x\u{2029}";
echo json_encode($s, JSON_UNESCAPED_UNICODE), "\n";
echo json_encode($s, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS), "\n";
echo json_encode($s, JSON_UNESCAPED_LINE_TERMINATORS), "\n";
--EXPECT--
"é€😀\u2028x\u2029"
"é€😀 x "
"\u00e9\u20ac\ud83d\ude00\u2028x\u2029"
