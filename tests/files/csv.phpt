--TEST--
fputcsv and fgetcsv: enclosures, escapes, separators, multi-line fields, lengths, errors
--FILE--
<?php
require __DIR__ . '/setup.inc';
$h = fopen('c.csv', 'w+');
var_dump(fputcsv($h, ['a', 'b c', 'd"e', "f\ng", 'h\\"i', '', null, 1.5, true, false, "x\ty", 'k,l', "r\rs"]));
var_dump(fputcsv($h, ['a', 'b'], ';', "'", '', "\r\n"));
var_dump(fputcsv($h, ["it's", 'x;y'], ';', "'"));
var_dump(fputcsv($h, ['a\\"b', 'c\\'], ',', '"', ''));
var_dump(fputcsv($h, []));
var_dump(fputcsv($h, [1, 2, 3], "\t"));
var_dump(fputcsv($h, ['k' => 'v', 5 => 'w']));
try { fputcsv($h, ['a'], ';;'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fputcsv($h, ['a'], ';', ''); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fputcsv($h, ['a'], ';', '"', 'ab'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fgetcsv($h, -1); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fgetcsv($h, 0, ''); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fgetcsv($h, 0, ',', 'xx'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { fgetcsv($h, 0, ',', '"', 'xx'); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
rewind($h);
echo stream_get_contents($h);
rewind($h);
while (($r = fgetcsv($h)) !== false) echo json_encode($r), "\n";
fclose($h);
// lengths, empty lines, enclosures across lines, other separators
file_put_contents('d.csv', "a,b\n\nc\n\"multi\nline\",x\n\"open");
$h = fopen('d.csv', 'r');
while (($r = fgetcsv($h)) !== false) echo json_encode($r), "\n";
rewind($h);
while (($r = fgetcsv($h, 2)) !== false) echo json_encode($r), "\n";
fclose($h);
file_put_contents('e.csv', "'a;b';c\n 'd' ;e\r\nx\\'y;z\n");
$h = fopen('e.csv', 'r');
while (($r = fgetcsv($h, null, ';', "'")) !== false) echo json_encode($r), "\n";
rewind($h);
while (($r = fgetcsv($h, 0, ';', "'", '')) !== false) echo json_encode($r), "\n";
fclose($h);
cleanup();
--EXPECT--
int(55)
int(5)
int(14)
int(11)
int(1)
int(6)
int(4)
ValueError: fputcsv(): Argument #3 ($separator) must be a single character
ValueError: fputcsv(): Argument #4 ($enclosure) must be a single character
ValueError: fputcsv(): Argument #5 ($escape) must be empty or a single character
ValueError: fgetcsv(): Argument #2 ($length) must be between 0 and 9223372036854775806
ValueError: fgetcsv(): Argument #3 ($separator) must be a single character
ValueError: fgetcsv(): Argument #4 ($enclosure) must be a single character
ValueError: fgetcsv(): Argument #5 ($escape) must be empty or a single character
a,"b c","d""e","f
g","h\"i",,,1.5,1,,"x	y","k,l","rs"
a;b
'it''s';'x;y'
"a\""b",c\

1	2	3
v,w
["a","b c","d\"e","f\ng","h\\\"i","","","1.5","1","","x\ty","k,l","r\rs"]
["a;b"]
["'it''s';'x;y'"]
["a\\\"b\"","c\\"]
[null]
["1\t2\t3"]
["v","w"]
["a","b"]
[null]
["c"]
["multi\nline","x"]
["open"]
["a",""]
["b"]
[null]
["c"]
["multi\nline","x"]
["open"]
["a;b","c"]
["d ","e"]
["x\\'y","z"]
["a;b","c"]
["d ","e"]
["x\\'y","z"]
bool(false)
