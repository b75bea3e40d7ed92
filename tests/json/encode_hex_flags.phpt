--TEST--
json_encode: JSON_HEX_TAG, JSON_HEX_AMP, JSON_HEX_APOS, JSON_HEX_QUOT
--FILE--
<?php
$s = "<a href='x'>\"&amp;\"</a>";
echo json_encode($s), "\n";
echo json_encode($s, JSON_HEX_TAG), "\n";
echo json_encode($s, JSON_HEX_AMP), "\n";
echo json_encode($s, JSON_HEX_APOS), "\n";
echo json_encode($s, JSON_HEX_QUOT), "\n";
echo json_encode($s, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT), "\n";
echo json_encode(["<k>" => "&"], JSON_HEX_TAG | JSON_HEX_AMP), "\n";
--EXPECT--
"<a href='x'>\"&amp;\"<\/a>"
"\u003Ca href='x'\u003E\"&amp;\"\u003C\/a\u003E"
"<a href='x'>\"\u0026amp;\"<\/a>"
"<a href=\u0027x\u0027>\"&amp;\"<\/a>"
"<a href='x'>\u0022&amp;\u0022<\/a>"
"\u003Ca href=\u0027x\u0027\u003E\u0022\u0026amp;\u0022\u003C\/a\u003E"
{"\u003Ck\u003E":"\u0026"}
