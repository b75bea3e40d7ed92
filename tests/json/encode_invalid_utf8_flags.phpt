--TEST--
json_encode: JSON_INVALID_UTF8_IGNORE drops and JSON_INVALID_UTF8_SUBSTITUTE replaces each maximal bad sequence
--FILE--
<?php
$bad = ["a\xffb", "a\xc3b", "\xe0\x80c", "\xe2\x82", "\xf0\x9f\x98", "\xed\xa0\x80x", "\xc0\xaf", "\xf5\x80"];
foreach ($bad as $s) {
    echo json_encode($s, JSON_INVALID_UTF8_IGNORE), " ";
    echo json_encode($s, JSON_INVALID_UTF8_SUBSTITUTE), " ";
    echo json_encode($s, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE), " ", json_last_error(), "\n";
}
echo json_encode(["k\xff" => "v\xfe"], JSON_INVALID_UTF8_SUBSTITUTE), "\n";
--EXPECT--
"ab" "a\ufffdb" "a�b" 0
"ab" "a\ufffdb" "a�b" 0
"c" "\ufffdc" "�c" 0
"" "\ufffd" "�" 0
"" "\ufffd" "�" 0
"x" "\ufffdx" "�x" 0
"" "\ufffd\ufffd" "��" 0
"" "\ufffd\ufffd" "��" 0
{"k\ufffd":"v\ufffd"}
