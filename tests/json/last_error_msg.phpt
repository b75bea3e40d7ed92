--TEST--
json_last_error_msg: the text of every error json_encode/json_decode can produce
--FILE--
<?php
$a = [1]; $a[] = &$a;
$calls = [
    fn() => json_encode(1),
    fn() => json_decode('[[1]]', true, 1),
    fn() => json_decode('[1}'),
    fn() => json_decode("\"\x01\""),
    fn() => json_decode('[1,]'),
    fn() => json_decode("\"\xff\""),
    fn() => json_encode($a),
    fn() => json_encode(NAN),
    fn() => json_decode('{"\u0000":1}'),
    fn() => json_decode('"\udc00"'),
];
foreach ($calls as $f) {
    $f();
    echo json_last_error(), ": ", json_last_error_msg(), "\n";
}
--EXPECT--
0: No error
1: Maximum stack depth exceeded
2: State mismatch (invalid or malformed JSON)
3: Control character error, possibly incorrectly encoded
4: Syntax error
5: Malformed UTF-8 characters, possibly incorrectly encoded
6: Recursion detected
7: Inf and NaN cannot be JSON encoded
9: The decoded property name is invalid
10: Single unpaired UTF-16 surrogate in unicode escape
