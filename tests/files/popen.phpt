--TEST--
popen and pclose: reading, writing, exit status, mode check
--FILE--
<?php
require __DIR__ . '/setup.inc';
$p = popen("echo hello; echo world", "r");
var_dump($p, fgets($p));
$m = stream_get_meta_data($p);
unset($m['unread_bytes'], $m['eof']);   // how much the pipe held at the first read is timing
var_dump($m);
var_dump(stream_get_contents($p), feof($p), fgets($p));
var_dump(pclose($p));
$p = popen("exit 3", "r");
var_dump(pclose($p));
echo "before\n";
$w = popen("cat", "w");
var_dump(fwrite($w, "to cat\n"));
echo "after write\n";
var_dump(pclose($w));
try { pclose($w); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { popen("true", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { popen("true", "r+"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$p = popen("printf 'a,b\\nc,d\\n'", "rb");
while (($r = fgetcsv($p)) !== false) echo json_encode($r), "\n";
pclose($p);
$p = popen("cat > out.txt", "w");
fwrite($p, "piped\n");
pclose($p);
var_dump(file_get_contents('out.txt'));
cleanup();
--EXPECT--
resource(6) of type (stream)
string(6) "hello
"
array(5) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "r"
  ["seekable"]=>
  bool(false)
}
string(6) "world
"
bool(true)
bool(false)
int(0)
int(3)
before
int(7)
after write
to cat
int(0)
pclose(): supplied resource is not a valid stream resource
popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
["a","b"]
["c","d"]
string(6) "piped
"
bool(false)
