--TEST--
file_exists and the is_* tests
--FILE--
<?php
require __DIR__ . '/setup.inc';
file_put_contents('f.txt', 'x');
mkdir('d');
symlink('f.txt', 'l');
symlink('missing', 'dangling');
chmod('f.txt', 0644);
file_put_contents('run.sh', "#!/bin/sh\n");
chmod('run.sh', 0755);
foreach (['f.txt', 'd', 'l', 'dangling', 'run.sh', 'missing', '', "f.txt\0x"] as $p) {
    echo json_encode($p), ': ';
    foreach (['file_exists', 'is_file', 'is_dir', 'is_link', 'is_readable', 'is_writable', 'is_writeable', 'is_executable'] as $fn) {
        echo $fn, '=', $fn($p) ? 1 : 0, ' ';
    }
    echo "\n";
}
var_dump(is_dir('.'), is_dir('..'), is_dir('d/'), is_file('d/'), file_exists('d/../f.txt'));
var_dump(is_uploaded_file('f.txt'), move_uploaded_file('f.txt', 'g.txt'), file_exists('f.txt'));
cleanup();
--EXPECT--
"f.txt": file_exists=1 is_file=1 is_dir=0 is_link=0 is_readable=1 is_writable=1 is_writeable=1 is_executable=0 
"d": file_exists=1 is_file=0 is_dir=1 is_link=0 is_readable=1 is_writable=1 is_writeable=1 is_executable=1 
"l": file_exists=1 is_file=1 is_dir=0 is_link=1 is_readable=1 is_writable=1 is_writeable=1 is_executable=0 
"dangling": file_exists=0 is_file=0 is_dir=0 is_link=1 is_readable=0 is_writable=0 is_writeable=0 is_executable=0 
"run.sh": file_exists=1 is_file=1 is_dir=0 is_link=0 is_readable=1 is_writable=1 is_writeable=1 is_executable=1 
"missing": file_exists=0 is_file=0 is_dir=0 is_link=0 is_readable=0 is_writable=0 is_writeable=0 is_executable=0 
"": file_exists=0 is_file=0 is_dir=0 is_link=0 is_readable=0 is_writable=0 is_writeable=0 is_executable=0 
"f.txt\u0000x": file_exists=0 is_file=0 is_dir=0 is_link=0 is_readable=0 is_writable=0 is_writeable=0 is_executable=0 
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
