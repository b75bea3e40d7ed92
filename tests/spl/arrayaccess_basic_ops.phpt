--TEST--
ArrayAccess: reads, writes, appends, isset, empty, unset and ?? call the offset methods
--FILE--
<?php
// ArrayAccess: reads, writes, appends, isset, empty, unset and ?? call the offset methods
class Log implements ArrayAccess {
    private array $d = [];
    public function offsetExists(mixed $k): bool { echo "exists(", var_export($k, true), ")\n"; return isset($this->d[$k]); }
    public function offsetGet(mixed $k): mixed { echo "get(", var_export($k, true), ")\n"; return $this->d[$k] ?? null; }
    public function offsetSet(mixed $k, mixed $v): void {
        echo "set(", var_export($k, true), ", ", var_export($v, true), ")\n";
        if ($k === null) $this->d[] = $v; else $this->d[$k] = $v;
    }
    public function offsetUnset(mixed $k): void { echo "unset(", var_export($k, true), ")\n"; unset($this->d[$k]); }
}
$l = new Log;
$l['a'] = 1;
$l[] = 'x';
$r = ($l['b'] = 2);
var_dump($r);
var_dump($l['a']);
var_dump(isset($l['a']), isset($l['nope']));
var_dump(empty($l['a']), empty($l['nope']));
var_dump($l['nope'] ?? 'fallback');
var_dump($l['a'] ?? 'fallback');
unset($l['a']);
var_dump(isset($l['a']));
$l['z'] ??= 'new';
$l['z'] ??= 'again';
var_dump($l instanceof ArrayAccess);
--EXPECT--
set('a', 1)
set(NULL, 'x')
set('b', 2)
int(2)
get('a')
int(1)
exists('a')
exists('nope')
bool(true)
bool(false)
exists('a')
get('a')
exists('nope')
bool(false)
bool(true)
exists('nope')
string(8) "fallback"
exists('a')
get('a')
int(1)
unset('a')
exists('a')
bool(false)
exists('z')
set('z', 'new')
exists('z')
get('z')
bool(true)
