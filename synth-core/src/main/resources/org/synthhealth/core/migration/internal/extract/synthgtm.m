synthgtm ; Serves the FileMan entries of a VistA database to synth-health's migration, one request a line.
 ; Requests (fields split by one space); every reply ends with a line END:
 ;   F root piece xref  register a clinical file that points at PATIENT: by the cross-reference
 ;                      root(xref,DFN,IEN) when the database has it, else by walking the file once and
 ;                      reading the DFN from that piece of each zero node; xref - means none
 ;   P                  the DFN of every patient, one a line
 ;   Q dfn              every node of the patient and of the registered files' entries for it, in ZWR form,
 ;                      or MISSING when there is no such patient
 ;   E root ien         every node of one entry in ZWR form (no line when there is no such entry)
 ;   N                  COUNT and the number of entry nodes in the database
 ; A GT.M error is answered ERR and $ZSTATUS; the server then waits for the next request.
 new top,line,nfile,file,piece,xref,map
 set $etrap="write ""FATAL "",$zstatus,! halt"
 use $principal:(nowrap)
 set top=$zlevel,nfile=0
 if $data(^DPT)
 write "READY ",$zversion,!
 set $etrap="write ""ERR "",$zstatus,!,""END"",! set $ecode="""" zgoto "_top_":serve^synthgtm"
serve for  read line quit:$zeof  do request(line) write "END",!
 halt
 ;
request(line) ; answers one request
 new op
 set op=$piece(line," ")
 if op="F" do register($piece(line," ",2),$piece(line," ",3),$piece(line," ",4)) quit
 if op="P" do patients quit
 if op="Q" do query($piece(line," ",2)) quit
 if op="E" do entry($piece(line," ",2),$piece(line," ",3)) quit
 if op="N" do count quit
 write "ERR unknown request ",op,!
 quit
 ;
register(root,pc,xr) ; remembers how to find a clinical file's entries for a patient
 new ien,dfn,n
 set nfile=nfile+1,file(nfile)=root,piece(nfile)=pc,xref(nfile)=""
 if xr'="-",$data(@root@(xr)) set xref(nfile)=xr write "OK XREF",! quit
 set ien=0,n=0
 for  set ien=$order(@root@(ien)) quit:ien=""  if ien?1.18N,ien>0 do
 . set dfn=$piece($get(@root@(ien,0)),"^",pc)
 . if dfn?1.18N,dfn>0 set map(nfile,+dfn,ien)="",n=n+1
 write "OK WALK ",n,!
 quit
 ;
patients ; lists the DFN of every PATIENT entry
 new dfn
 set dfn=0
 for  set dfn=$order(^DPT(dfn)) quit:dfn=""  if dfn?1.18N,$data(^DPT(dfn))\10 write dfn,!
 quit
 ;
query(dfn) ; writes one patient's entries
 new f,ien
 if dfn'?1.18N write "MISSING",! quit
 if '($data(^DPT(dfn))\10) write "MISSING",! quit
 do dump($name(^DPT(dfn)))
 for f=1:1:nfile do
 . if xref(f)'="" set ien=0 for  set ien=$order(@file(f)@(xref(f),dfn,ien)) quit:ien=""  do entry(file(f),ien)
 . if xref(f)="" set ien=0 for  set ien=$order(map(f,dfn,ien)) quit:ien=""  do entry(file(f),ien)
 quit
 ;
entry(root,ien) ; writes one entry, when it exists
 if ien?1.18N,ien>0,$data(@root@(ien))\10 do dump($name(@root@(ien)))
 quit
 ;
dump(root) ; writes every node below root in ZWR form; walks with $ORDER so as never to look past root
 new sub
 set sub=""
 for  set sub=$order(@root@(sub)) quit:sub=""  do
 . if $data(@root@(sub))#2 write $name(@root@(sub)),"=",$zwrite(@root@(sub)),!
 . if $data(@root@(sub))\10 do dump($name(@root@(sub)))
 quit
 ;
count ; counts the nodes below an entry number, in every global
 new g,k,ref,n
 set n=0,g="^%"
 for  set g=$order(@g) quit:g=""  do
 . set k=$select(g="^DIC":2,g="^GMR":2,g="^GMRD":2,1:1),ref=g
 . for  set ref=$query(@ref) quit:ref=""  if $qlength(ref)>k,$qsubscript(ref,k)?1.18N,$qsubscript(ref,k)>0 set n=n+1
 write "COUNT ",n,!
 quit
