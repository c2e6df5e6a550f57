(()=>{var R=()=>new Map,En=t=>{let e=R();return t.forEach((n,o)=>{e.set(o,n)}),e},X=(t,e,n)=>{let o=t.get(e);return o===void 0&&t.set(e,o=n()),o},Pi=(t,e)=>{let n=[];for(let[o,r]of t)n.push(e(r,o));return n},Li=(t,e)=>{for(let[n,o]of t)if(e(o,n))return!0;return!1};var oe=()=>new Set;var An=t=>t[t.length-1];var Vi=(t,e)=>{for(let n=0;n<e.length;n++)t.push(e[n])},ie=Array.from,Tn=(t,e)=>{for(let n=0;n<t.length;n++)if(!e(t[n],n,t))return!1;return!0},Un=(t,e)=>{for(let n=0;n<t.length;n++)if(e(t[n],n,t))return!0;return!1};var ji=(t,e)=>{let n=new Array(t);for(let o=0;o<t;o++)n[o]=e(o,n);return n};var qe=Array.isArray;var _n=class{constructor(){this._observers=R()}on(e,n){return X(this._observers,e,oe).add(n),n}once(e,n){let o=(...r)=>{this.off(e,o),n(...r)};this.on(e,o)}off(e,n){let o=this._observers.get(e);o!==void 0&&(o.delete(n),o.size===0&&this._observers.delete(e))}emit(e,n){return ie((this._observers.get(e)||R()).values()).forEach(o=>o(...n))}destroy(){this._observers=R()}},it=class{constructor(){this._observers=R()}on(e,n){X(this._observers,e,oe).add(n)}once(e,n){let o=(...r)=>{this.off(e,o),n(...r)};this.on(e,o)}off(e,n){let o=this._observers.get(e);o!==void 0&&(o.delete(n),o.size===0&&this._observers.delete(e))}emit(e,n){return ie((this._observers.get(e)||R()).values()).forEach(o=>o(...n))}destroy(){this._observers=R()}};var j=Math.floor;var Pe=Math.abs;var st=(t,e)=>t<e?t:e,be=(t,e)=>t>e?t:e,Iu=Number.isNaN,Bi=Math.pow;var In=t=>t!==0?t<0:1/t<0;var at=Number.MAX_SAFE_INTEGER,Yo=Number.MIN_SAFE_INTEGER,Ou=1<<31;var Fi=Number.isInteger||(t=>typeof t=="number"&&isFinite(t)&&j(t)===t),Du=Number.isNaN,Mu=Number.parseInt;var Lt=String.fromCharCode,Jc=String.fromCodePoint,Nu=Lt(65535),Kc=t=>t.toLowerCase(),Qc=/^\s*/g,Xc=t=>t.replace(Qc,""),Zc=/([A-Z])/g,Ko=(t,e)=>Xc(t.replace(Zc,n=>`${e}${Kc(n)}`));var el=t=>{let e=unescape(encodeURIComponent(t)),n=e.length,o=new Uint8Array(n);for(let r=0;r<n;r++)o[r]=e.codePointAt(r);return o},lt=typeof TextEncoder<"u"?new TextEncoder:null,tl=t=>lt.encode(t),zi=lt?tl:el;var ct=typeof TextDecoder>"u"?null:new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0});ct&&ct.decode(new Uint8Array).length===1&&(ct=null);var Gi=(t,e)=>ji(e,()=>t).join("");var Ve=class{constructor(){this.cpos=0,this.cbuf=new Uint8Array(100),this.bufs=[]}},_=()=>new Ve;var Dn=t=>{let e=t.cpos;for(let n=0;n<t.bufs.length;n++)e+=t.bufs[n].length;return e};var $=t=>{let e=new Uint8Array(Dn(t)),n=0;for(let o=0;o<t.bufs.length;o++){let r=t.bufs[o];e.set(r,n),n+=r.length}return e.set(new Uint8Array(t.cbuf.buffer,0,t.cpos),n),e},nl=(t,e)=>{let n=t.cbuf.length;n-t.cpos<e&&(t.bufs.push(new Uint8Array(t.cbuf.buffer,0,t.cpos)),t.cbuf=new Uint8Array(be(n,e)*2),t.cpos=0)},q=(t,e)=>{let n=t.cbuf.length;t.cpos===n&&(t.bufs.push(t.cbuf),t.cbuf=new Uint8Array(n*2),t.cpos=0),t.cbuf[t.cpos++]=e};var Mn=q;var y=(t,e)=>{for(;e>127;)q(t,128|127&e),e=j(e/128);q(t,127&e)},Nn=(t,e)=>{let n=In(e);for(n&&(e=-e),q(t,(e>63?128:0)|(n?64:0)|63&e),e=j(e/64);e>0;)q(t,(e>127?128:0)|127&e),e=j(e/128)},Qo=new Uint8Array(3e4),ol=Qo.length/3,rl=(t,e)=>{if(e.length<ol){let n=lt.encodeInto(e,Qo).written||0;y(t,n);for(let o=0;o<n;o++)q(t,Qo[o])}else T(t,zi(e))},il=(t,e)=>{let n=unescape(encodeURIComponent(e)),o=n.length;y(t,o);for(let r=0;r<o;r++)q(t,n.codePointAt(r))},xe=lt&&lt.encodeInto?rl:il;var Bt=(t,e)=>{let n=t.cbuf.length,o=t.cpos,r=st(n-o,e.length),i=e.length-r;t.cbuf.set(e.subarray(0,r),o),t.cpos+=r,i>0&&(t.bufs.push(t.cbuf),t.cbuf=new Uint8Array(be(n*2,i)),t.cbuf.set(e.subarray(r)),t.cpos=i)},T=(t,e)=>{y(t,e.byteLength),Bt(t,e)},Xo=(t,e)=>{nl(t,e);let n=new DataView(t.cbuf.buffer,t.cpos,e);return t.cpos+=e,n},sl=(t,e)=>Xo(t,4).setFloat32(0,e,!1),al=(t,e)=>Xo(t,8).setFloat64(0,e,!1),cl=(t,e)=>Xo(t,8).setBigInt64(0,e,!1);var Hi=new DataView(new ArrayBuffer(4)),ll=t=>(Hi.setFloat32(0,t),Hi.getFloat32(0)===t),pt=(t,e)=>{switch(typeof e){case"string":q(t,119),xe(t,e);break;case"number":Fi(e)&&Pe(e)<=2147483647?(q(t,125),Nn(t,e)):ll(e)?(q(t,124),sl(t,e)):(q(t,123),al(t,e));break;case"bigint":q(t,122),cl(t,e);break;case"object":if(e===null)q(t,126);else if(qe(e)){q(t,117),y(t,e.length);for(let n=0;n<e.length;n++)pt(t,e[n])}else if(e instanceof Uint8Array)q(t,116),T(t,e);else{q(t,118);let n=Object.keys(e);y(t,n.length);for(let o=0;o<n.length;o++){let r=n[o];xe(t,r),pt(t,e[r])}}break;case"boolean":q(t,e?120:121);break;default:q(t,127)}},jt=class extends Ve{constructor(e){super(),this.w=e,this.s=null,this.count=0}write(e){this.s===e?this.count++:(this.count>0&&y(this,this.count-1),this.count=1,this.w(this,e),this.s=e)}};var Yi=t=>{t.count>0&&(Nn(t.encoder,t.count===1?t.s:-t.s),t.count>1&&y(t.encoder,t.count-2))},je=class{constructor(){this.encoder=new Ve,this.s=0,this.count=0}write(e){this.s===e?this.count++:(Yi(this),this.count=1,this.s=e)}toUint8Array(){return Yi(this),$(this.encoder)}};var Ji=t=>{if(t.count>0){let e=t.diff*2+(t.count===1?0:1);Nn(t.encoder,e),t.count>1&&y(t.encoder,t.count-2)}},ut=class{constructor(){this.encoder=new Ve,this.s=0,this.count=0,this.diff=0}write(e){this.diff===e-this.s?(this.s=e,this.count++):(Ji(this),this.count=1,this.diff=e-this.s,this.s=e)}toUint8Array(){return Ji(this),$(this.encoder)}},On=class{constructor(){this.sarr=[],this.s="",this.lensE=new je}write(e){this.s+=e,this.s.length>19&&(this.sarr.push(this.s),this.s=""),this.lensE.write(e.length)}toUint8Array(){let e=new Ve;return this.sarr.push(this.s),this.s="",xe(e,this.sarr.join("")),Bt(e,this.lensE.toUint8Array()),$(e)}};var Z=t=>new Error(t),ee=()=>{throw Z("Method unimplemented")},Y=()=>{throw Z("Unexpected case")};var Pn=Z("Unexpected end of array"),Ki=Z("Integer out of Range"),dl=(t,e,n)=>{if(e<0||n<0||e+n>t.length)throw Pn;return new Uint8Array(t.buffer,t.byteOffset+e,n)},pl=(t,e,n)=>{if(e<0||n<0||e+n>t.length)throw Pn;return new DataView(t.buffer,t.byteOffset+e,n)},ht=class{constructor(e){this.arr=e,this.pos=0}},ae=t=>new ht(t),Qi=t=>t.pos!==t.arr.length;var ul=(t,e)=>{let n=dl(t.arr,t.pos,e);return t.pos+=e,n},I=t=>ul(t,b(t));var Be=t=>t.arr[t.pos++];var b=t=>{let e=0,n=1,o=t.arr.length;for(;t.pos<o;){let r=t.arr[t.pos++];if(e=e+(r&127)*n,n*=128,r<128)return e;if(e>at)throw Ki}throw Pn},Ln=t=>{let e=t.arr[t.pos++],n=e&63,o=64,r=(e&64)>0?-1:1;if((e&128)===0)return r*n;let i=t.arr.length;for(;t.pos<i;){if(e=t.arr[t.pos++],n=n+(e&127)*o,o*=128,e<128)return r*n;if(n>at)throw Ki}throw Pn};var hl=t=>{let e=b(t);if(e===0)return"";{let n=String.fromCodePoint(Be(t));if(--e<100)for(;e--;)n+=String.fromCodePoint(Be(t));else for(;e>0;){let o=e<1e4?e:1e4,r=t.arr.subarray(t.pos,t.pos+o);t.pos+=o,n+=String.fromCodePoint.apply(null,r),e-=o}return decodeURIComponent(escape(n))}},ml=t=>ct.decode(I(t)),se=ct?ml:hl;var er=(t,e)=>{let n=pl(t.arr,t.pos,e);return t.pos+=e,n},fl=t=>er(t,4).getFloat32(0,!1),gl=t=>er(t,8).getFloat64(0,!1),wl=t=>er(t,8).getBigInt64(0,!1);var yl=[t=>{},t=>null,Ln,fl,gl,wl,t=>!1,t=>!0,se,t=>{let e=b(t),n={};for(let o=0;o<e;o++){let r=se(t);n[r]=mt(t)}return n},t=>{let e=b(t),n=[];for(let o=0;o<e;o++)n.push(mt(t));return n},I],mt=t=>yl[127-Be(t)](t),Ft=class extends ht{constructor(e,n){super(e),this.reader=n,this.s=null,this.count=0}read(){return this.count===0&&(this.s=this.reader(this),Qi(this)?this.count=b(this)+1:this.count=-1),this.count--,this.s}};var Fe=class extends ht{constructor(e){super(e),this.s=0,this.count=0}read(){if(this.count===0){this.s=Ln(this);let e=In(this.s);this.count=1,e&&(this.s=-this.s,this.count=b(this)+2)}return this.count--,this.s}};var ft=class extends ht{constructor(e){super(e),this.s=0,this.count=0,this.diff=0}read(){if(this.count===0){let e=Ln(this),n=e&1;this.diff=j(e/2),this.count=1,n&&(this.count=b(this)+2)}return this.s+=this.diff,this.count--,this.s}},qn=class{constructor(e){this.decoder=new Fe(e),this.str=se(this.decoder),this.spos=0}read(){let e=this.spos+this.decoder.read(),n=this.str.slice(this.spos,e);return this.spos=e,n}};var Pu=crypto.subtle,Xi=crypto.getRandomValues.bind(crypto);var tr=()=>Xi(new Uint32Array(1))[0];var vl="10000000-1000-4000-8000"+-1e11,Zi=()=>vl.replace(/[018]/g,t=>(t^tr()&15>>t/4).toString(16));var ce=Date.now;var or=t=>new Promise(t);var ju=Promise.all.bind(Promise);var rr=t=>t===void 0?null:t;var ir=class{constructor(){this.map=new Map}setItem(e,n){this.map.set(e,n)}getItem(e){return this.map.get(e)}},es=new ir,sr=!0;try{typeof window<"u"&&typeof localStorage<"u"&&localStorage&&(es=localStorage,sr=!1)}catch{}var Vn=es,ts=t=>sr||addEventListener("storage",t),ns=t=>sr||removeEventListener("storage",t);var ze=Symbol("Equality"),jn=(t,e)=>t===e||!!t?.[ze]?.(e)||!1;var rs=t=>typeof t=="object",is=Object.assign,Sl=Object.keys;var ss=(t,e)=>{for(let n in t)e(t[n],n)},as=(t,e)=>{let n=[];for(let o in t)n.push(e(t[o],o));return n};var Gt=t=>Sl(t).length;var cs=t=>{for(let e in t)return!1;return!0},gt=(t,e)=>{for(let n in t)if(!e(t[n],n))return!1;return!0},Wt=(t,e)=>Object.prototype.hasOwnProperty.call(t,e),cr=(t,e)=>t===e||Gt(t)===Gt(e)&&gt(t,(n,o)=>(n!==void 0||Wt(e,o))&&jn(e[o],n)),$l=Object.freeze,lr=t=>{for(let e in t){let n=t[e];(typeof n=="object"||typeof n=="function")&&lr(t[e])}return $l(t)};var Ht=(t,e,n=0)=>{try{for(;n<t.length;n++)t[n](...e)}finally{n<t.length&&Ht(t,e,n+1)}};var ls=t=>t;var Ae=(t,e)=>{if(t===e)return!0;if(t==null||e==null||t.constructor!==e.constructor&&(t.constructor||Object)!==(e.constructor||Object))return!1;if(t[ze]!=null)return t[ze](e);switch(t.constructor){case ArrayBuffer:t=new Uint8Array(t),e=new Uint8Array(e);case Uint8Array:{if(t.byteLength!==e.byteLength)return!1;for(let n=0;n<t.length;n++)if(t[n]!==e[n])return!1;break}case Set:{if(t.size!==e.size)return!1;for(let n of t)if(!e.has(n))return!1;break}case Map:{if(t.size!==e.size)return!1;for(let n of t.keys())if(!e.has(n)||!Ae(t.get(n),e.get(n)))return!1;break}case void 0:case Object:if(Gt(t)!==Gt(e))return!1;for(let n in t)if(!Wt(t,n)||!Ae(t[n],e[n]))return!1;break;case Array:if(t.length!==e.length)return!1;for(let n=0;n<t.length;n++)if(!Ae(t[n],e[n]))return!1;break;default:return!1}return!0},ds=(t,e)=>e.includes(t);var ke=typeof process<"u"&&process.release&&/node|io\.js/.test(process.release.name)&&Object.prototype.toString.call(typeof process<"u"?process:0)==="[object process]",zn=typeof window<"u"&&typeof document<"u"&&!ke,Bu=typeof navigator<"u"?/Mac/.test(navigator.platform):!1,le,El=[],Cl=()=>{if(le===void 0)if(ke){le=R();let t=process.argv,e=null;for(let n=0;n<t.length;n++){let o=t[n];o[0]==="-"?(e!==null&&le.set(e,""),e=o):e!==null?(le.set(e,o),e=null):El.push(o)}e!==null&&le.set(e,"")}else typeof location=="object"?(le=R(),(location.search||"?").slice(1).split("&").forEach(t=>{if(t.length!==0){let[e,n]=t.split("=");le.set(`--${Ko(e,"-")}`,n),le.set(`-${Ko(e,"-")}`,n)}})):le=R();return le},dr=t=>Cl().has(t);var Yt=t=>ke?rr(process.env[t.toUpperCase().replaceAll("-","_")]):rr(Vn.getItem(t));var ps=t=>dr("--"+t)||Yt(t)!==null,us=ps("production"),Al=ke&&ds(process.env.FORCE_COLOR,["true","1","2"]),hs=Al||!dr("--no-colors")&&!ps("no-color")&&(!ke||process.stdout.isTTY)&&(!ke||dr("--color")||Yt("COLORTERM")!==null||(Yt("TERM")||"").includes("color"));var ms=t=>new Uint8Array(t);var fs=t=>new Uint8Array(t),Tl=t=>{let e="";for(let n=0;n<t.byteLength;n++)e+=Lt(t[n]);return btoa(e)},Ul=t=>Buffer.from(t.buffer,t.byteOffset,t.byteLength).toString("base64"),_l=t=>{let e=atob(t),n=ms(e.length);for(let o=0;o<e.length;o++)n[o]=e.charCodeAt(o);return n},Il=t=>new Uint8Array(Buffer.from(t,"base64")),gs=zn?Tl:Ul,ws=zn?_l:Il;var ys=t=>{let e=ms(t.byteLength);return e.set(t),e};var pr=class{constructor(e,n){this.left=e,this.right=n}},de=(t,e)=>new pr(t,e);var ur=t=>t.next()>=.5,Gn=(t,e,n)=>j(t.next()*(n+1-e)+e);var hr=(t,e,n)=>j(t.next()*(n+1-e)+e);var mr=(t,e,n)=>hr(t,e,n);var Dl=t=>Lt(mr(t,97,122)),bs=(t,e=0,n=20)=>{let o=mr(t,e,n),r="";for(let i=0;i<o;i++)r+=Dl(t);return r};var Wn=(t,e)=>e[mr(t,0,e.length-1)];var Nl=Symbol("0schema"),fr=class{constructor(){this._rerrs=[]}extend(e,n,o,r=null){this._rerrs.push({path:e,expected:n,has:o,message:r})}toString(){let e=[];for(let n=this._rerrs.length-1;n>0;n--){let o=this._rerrs[n];e.push(Gi(" ",(this._rerrs.length-n)*2)+`${o.path!=null?`[${o.path}] `:""}${o.has} doesn't match ${o.expected}. ${o.message}`)}return e.join(`
`)}},gr=(t,e)=>t===e?!0:t==null||e==null||t.constructor!==e.constructor?!1:t[ze]?jn(t,e):qe(t)?Tn(t,n=>Un(e,o=>gr(n,o))):rs(t)?gt(t,(n,o)=>gr(n,e[o])):!1,B=class{static _dilutes=!1;extends(e){let[n,o]=[this.shape,e.shape];return this.constructor._dilutes&&([o,n]=[n,o]),gr(n,o)}equals(e){return this.constructor===e.constructor&&Ae(this.shape,e.shape)}[Nl](){return!0}[ze](e){return this.equals(e)}validate(e){return this.check(e)}check(e,n){ee()}get nullable(){return xt(this,ro)}get optional(){return new Hn(this)}cast(e){return xs(e,this),e}expect(e){return xs(e,this),e}},Kt=class extends B{constructor(e,n){super(),this.shape=e,this._c=n}check(e,n=void 0){let o=e?.constructor===this.shape&&(this._c==null||this._c(e));return!o&&n?.extend(null,this.shape.name,e?.constructor.name,e?.constructor!==this.shape?"Constructor match failed":"Check failed"),o}},U=(t,e=null)=>new Kt(t,e),zu=U(Kt),Qt=class extends B{constructor(e){super(),this.shape=e}check(e,n){let o=this.shape(e);return!o&&n?.extend(null,"custom prop",e?.constructor.name,"failed to check custom prop"),o}},O=t=>new Qt(t),Gu=U(Qt),vt=class extends B{constructor(e){super(),this.shape=e}check(e,n){let o=this.shape.some(r=>r===e);return!o&&n?.extend(null,this.shape.join(" | "),e.toString()),o}},no=(...t)=>new vt(t),ks=U(vt),Rl=RegExp.escape||(t=>t.replace(/[().|&,$^[\]]/g,e=>"\\"+e)),Ss=t=>{if(bt.check(t))return[Rl(t)];if(ks.check(t))return t.shape.map(e=>e+"");if(Ts.check(t))return["[+-]?\\d+.?\\d*"];if(Us.check(t))return[".*"];if(eo.check(t))return t.shape.map(Ss).flat(1);Y()},wr=class extends B{constructor(e){super(),this.shape=e,this._r=new RegExp("^"+e.map(Ss).map(n=>`(${n.join("|")})`).join("")+"$")}check(e,n){let o=this._r.exec(e)!=null;return!o&&n?.extend(null,this._r.toString(),e.toString(),"String doesn't match string template."),o}};var Wu=U(wr),ql=Symbol("optional"),Hn=class extends B{constructor(e){super(),this.shape=e}check(e,n){let o=e===void 0||this.shape.check(e);return!o&&n?.extend(null,"undefined (optional)","()"),o}get[ql](){return!0}},Pl=U(Hn),Yn=class extends B{check(e,n){return n?.extend(null,"never",typeof e),!1}},Hu=new Yn,Yu=U(Yn),Jn=class t extends B{constructor(e,n=!1){super(),this.shape=e,this._isPartial=n}static _dilutes=!0;get partial(){return new t(this.shape,!0)}check(e,n){return e==null?(n?.extend(null,"object","null"),!1):gt(this.shape,(o,r)=>{let i=this._isPartial&&!Wt(e,r)||o.check(e[r],n);return!i&&n?.extend(r.toString(),o.toString(),typeof e[r],"Object property does not match"),i})}},Ll=t=>new Jn(t),Vl=U(Jn),jl=O(t=>t!=null&&(t.constructor===Object||t.constructor==null)),Kn=class extends B{constructor(e,n){super(),this.shape={keys:e,values:n}}check(e,n){return e!=null&&gt(e,(o,r)=>{let i=this.shape.keys.check(r,n);return!i&&n?.extend(r+"","Record",typeof e,i?"Key doesn't match schema":"Value doesn't match value"),i&&this.shape.values.check(o,n)})}},$s=(t,e)=>new Kn(t,e),Bl=U(Kn),Qn=class extends B{constructor(e){super(),this.shape=e}check(e,n){return e!=null&&gt(this.shape,(o,r)=>{let i=o.check(e[r],n);return!i&&n?.extend(r.toString(),"Tuple",typeof o),i})}},Fl=(...t)=>new Qn(t),Ju=U(Qn),Xn=class extends B{constructor(e){super(),this.shape=e.length===1?e[0]:new Xt(e)}check(e,n){let o=qe(e)&&Tn(e,r=>this.shape.check(r));return!o&&n?.extend(null,"Array",""),o}},Es=(...t)=>new Xn(t),zl=U(Xn),Gl=O(t=>qe(t)),Zn=class extends B{constructor(e,n){super(),this.shape=e,this._c=n}check(e,n){let o=e instanceof this.shape&&(this._c==null||this._c(e));return!o&&n?.extend(null,this.shape.name,e?.constructor.name),o}},Wl=(t,e=null)=>new Zn(t,e),Ku=U(Zn),Hl=Wl(B),yr=class extends B{constructor(e){super(),this.len=e.length-1,this.args=Fl(...e.slice(-1)),this.res=e[this.len]}check(e,n){let o=e.constructor===Function&&e.length<=this.len;return!o&&n?.extend(null,"function",typeof e),o}};var Yl=U(yr),Jl=O(t=>typeof t=="function"),vr=class extends B{constructor(e){super(),this.shape=e}check(e,n){let o=Tn(this.shape,r=>r.check(e,n));return!o&&n?.extend(null,"Intersectinon",typeof e),o}};var Qu=U(vr,t=>t.shape.length>0),Xt=class extends B{static _dilutes=!0;constructor(e){super(),this.shape=e}check(e,n){let o=Un(this.shape,r=>r.check(e,n));return n?.extend(null,"Union",typeof e),o}},xt=(...t)=>t.findIndex(e=>eo.check(e))>=0?xt(...t.map(e=>Zt(e)).map(e=>eo.check(e)?e.shape:[e]).flat(1)):t.length===1?t[0]:new Xt(t),eo=U(Xt),Cs=()=>!0,to=O(Cs),Kl=U(Qt,t=>t.shape===Cs),xr=O(t=>typeof t=="bigint"),Ql=O(t=>t===xr),As=O(t=>typeof t=="symbol"),Xu=O(t=>t===As),yt=O(t=>typeof t=="number"),Ts=O(t=>t===yt),bt=O(t=>typeof t=="string"),Us=O(t=>t===bt),oo=O(t=>typeof t=="boolean"),Xl=O(t=>t===oo),_s=no(void 0),Zu=U(vt,t=>t.shape.length===1&&t.shape[0]===void 0),eh=no(void 0);var ro=no(null),Zl=U(vt,t=>t.shape.length===1&&t.shape[0]===null),th=U(Uint8Array),nh=U(Kt,t=>t.shape===Uint8Array),ed=xt(yt,bt,ro,_s,xr,oo,As),oh=(()=>{let t=Es(to),e=$s(bt,to),n=xt(yt,bt,ro,oo,t,e);return t.shape=n,e.shape.values=n,n})(),Zt=t=>{if(Hl.check(t))return t;if(jl.check(t)){let e={};for(let n in t)e[n]=Zt(t[n]);return Ll(e)}else{if(Gl.check(t))return xt(...t.map(Zt));if(ed.check(t))return no(t);if(Jl.check(t))return U(t)}Y()},xs=us?()=>{}:(t,e)=>{let n=new fr;if(!e.check(t,n))throw Z(`Expected value to be of type ${e.constructor.name}.
${n.toString()}`)},br=class{constructor(e){this.patterns=[],this.$state=e}if(e,n){return this.patterns.push({if:Zt(e),h:n}),this}else(e){return this.if(to,e)}done(){return(e,n)=>{for(let o=0;o<this.patterns.length;o++){let r=this.patterns[o];if(r.if.check(e))return r.h(e,n)}throw Z("Unhandled pattern")}}},td=t=>new br(t),Is=td(to).if(Ts,(t,e)=>Gn(e,Yo,at)).if(Us,(t,e)=>bs(e)).if(Xl,(t,e)=>ur(e)).if(Ql,(t,e)=>BigInt(Gn(e,Yo,at))).if(eo,(t,e)=>wt(e,Wn(e,t.shape))).if(Vl,(t,e)=>{let n={};for(let o in t.shape){let r=t.shape[o];if(Pl.check(r)){if(ur(e))continue;r=r.shape}n[o]=Is(r,e)}return n}).if(zl,(t,e)=>{let n=[],o=hr(e,0,42);for(let r=0;r<o;r++)n.push(wt(e,t.shape));return n}).if(ks,(t,e)=>Wn(e,t.shape)).if(Zl,(t,e)=>null).if(Yl,(t,e)=>{let n=wt(e,t.res);return()=>n}).if(Kl,(t,e)=>wt(e,Wn(e,[yt,bt,ro,_s,xr,oo,Es(yt),$s(xt("a","b","c"),yt)]))).if(Bl,(t,e)=>{let n={},o=Gn(e,0,3);for(let r=0;r<o;r++){let i=wt(e,t.shape.keys),s=wt(e,t.shape.values);n[i]=s}return n}).done(),wt=(t,e)=>Is(Zt(e),t);var Ge=typeof document<"u"?document:{};var rh=O(t=>t.nodeType===sd);var ih=typeof DOMParser<"u"?new DOMParser:null;var sh=O(t=>t.nodeType===od);var ah=O(t=>t.nodeType===rd);var Os=t=>Pi(t,(e,n)=>`${n}:${e};`).join("");var od=Ge.ELEMENT_NODE,rd=Ge.TEXT_NODE,ch=Ge.CDATA_SECTION_NODE,lh=Ge.COMMENT_NODE,id=Ge.DOCUMENT_NODE,dh=Ge.DOCUMENT_TYPE_NODE,sd=Ge.DOCUMENT_FRAGMENT_NODE,ph=O(t=>t.nodeType===id);var pe=Symbol;var en=pe(),tn=pe(),kr=pe(),Sr=pe(),$r=pe(),nn=pe(),Er=pe(),kt=pe(),Cr=pe(),Ds=t=>{t.length===1&&t[0]?.constructor===Function&&(t=t[0]());let e=[],n=[],o=0;for(;o<t.length;o++){let r=t[o];if(r===void 0)break;if(r.constructor===String||r.constructor===Number)e.push(r);else if(r.constructor===Object)break}for(o>0&&n.push(e.join(""));o<t.length;o++){let r=t[o];r instanceof Symbol||n.push(r)}return n};var uh=ce();var dd={[en]:de("font-weight","bold"),[tn]:de("font-weight","normal"),[kr]:de("color","blue"),[$r]:de("color","green"),[Sr]:de("color","grey"),[nn]:de("color","red"),[Er]:de("color","purple"),[kt]:de("color","orange"),[Cr]:de("color","black")},pd=t=>{t.length===1&&t[0]?.constructor===Function&&(t=t[0]());let e=[],n=[],o=R(),r=[],i=0;for(;i<t.length;i++){let s=t[i],a=dd[s];if(a!==void 0)o.set(a.left,a.right);else{if(s===void 0)break;if(s.constructor===String||s.constructor===Number){let c=Os(o);i>0||c.length>0?(e.push("%c"+s),n.push(c)):e.push(s)}else break}}for(i>0&&(r=n,r.unshift(e.join("")));i<t.length;i++){let s=t[i];s instanceof Symbol||r.push(s)}return r},Ms=hs?pd:Ds,Ns=(...t)=>{console.log(...Ms(t)),qs.forEach(e=>e.print(t))},Rs=(...t)=>{console.warn(...Ms(t)),t.unshift(kt),qs.forEach(e=>e.print(t))};var qs=oe();var Ps=t=>({[Symbol.iterator](){return this},next:t}),Ls=(t,e)=>Ps(()=>{let n;do n=t.next();while(!n.done&&!e(n.value));return n}),io=(t,e)=>Ps(()=>{let{done:n,value:o}=t.next();return{done:n,value:n?void 0:e(o)}});var $t=class{constructor(e,n){this.clock=e,this.len=n}},We=class{constructor(){this.clients=new Map}},Zs=(t,e,n)=>e.clients.forEach((o,r)=>{let i=t.doc.store.clients.get(r);if(i!=null){let s=i[i.length-1],a=s.id.clock+s.length;for(let c=0,l=o[c];c<o.length&&l.clock<a;l=o[++c])pa(t,i,l.clock,l.len,n)}}),gd=(t,e)=>{let n=0,o=t.length-1;for(;n<=o;){let r=j((n+o)/2),i=t[r],s=i.clock;if(s<=e){if(e<s+i.len)return r;n=r+1}else o=r-1}return null},ea=(t,e)=>{let n=t.clients.get(e.client);return n!==void 0&&gd(n,e.clock)!==null},zr=t=>{t.clients.forEach(e=>{e.sort((r,i)=>r.clock-i.clock);let n,o;for(n=1,o=1;n<e.length;n++){let r=e[o-1],i=e[n];r.clock+r.len>=i.clock?e[o-1]=new $t(r.clock,be(r.len,i.clock+i.len-r.clock)):(o<n&&(e[o]=i),o++)}e.length=o})},wd=t=>{let e=new We;for(let n=0;n<t.length;n++)t[n].clients.forEach((o,r)=>{if(!e.clients.has(r)){let i=o.slice();for(let s=n+1;s<t.length;s++)Vi(i,t[s].clients.get(r)||[]);e.clients.set(r,i)}});return zr(e),e},uo=(t,e,n,o)=>{X(t.clients,e,()=>[]).push(new $t(n,o))},ta=()=>new We,yd=t=>{let e=ta();return t.clients.forEach((n,o)=>{let r=[];for(let i=0;i<n.length;i++){let s=n[i];if(s.deleted){let a=s.id.clock,c=s.length;if(i+1<n.length)for(let l=n[i+1];i+1<n.length&&l.deleted;l=n[++i+1])c+=l.length;r.push(new $t(a,c))}}r.length>0&&e.clients.set(o,r)}),e},Tt=(t,e)=>{y(t.restEncoder,e.clients.size),ie(e.clients.entries()).sort((n,o)=>o[0]-n[0]).forEach(([n,o])=>{t.resetDsCurVal(),y(t.restEncoder,n);let r=o.length;y(t.restEncoder,r);for(let i=0;i<r;i++){let s=o[i];t.writeDsClock(s.clock),t.writeDsLen(s.len)}})},Gr=t=>{let e=new We,n=b(t.restDecoder);for(let o=0;o<n;o++){t.resetDsCurVal();let r=b(t.restDecoder),i=b(t.restDecoder);if(i>0){let s=X(e.clients,r,()=>[]);for(let a=0;a<i;a++)s.push(new $t(t.readDsClock(),t.readDsLen()))}}return e},Bs=(t,e,n)=>{let o=new We,r=b(t.restDecoder);for(let i=0;i<r;i++){t.resetDsCurVal();let s=b(t.restDecoder),a=b(t.restDecoder),c=n.clients.get(s)||[],l=P(n,s);for(let d=0;d<a;d++){let p=t.readDsClock(),u=p+t.readDsLen();if(p<l){l<u&&uo(o,s,l,u-l);let h=ue(c,p),f=c[h];for(!f.deleted&&f.id.clock<p&&(c.splice(h+1,0,ko(e,f,p-f.id.clock)),h++);h<c.length&&(f=c[h++],f.id.clock<u);)f.deleted||(u<f.id.clock+f.length&&c.splice(h,0,ko(e,f,u-f.id.clock)),f.delete(e))}else uo(o,s,p,u-p)}}if(o.clients.size>0){let i=new Se;return y(i.restEncoder,0),Tt(i,o),i.toUint8Array()}return null};var na=tr,He=class t extends _n{constructor({guid:e=Zi(),collectionid:n=null,gc:o=!0,gcFilter:r=()=>!0,meta:i=null,autoLoad:s=!1,shouldLoad:a=!0}={}){super(),this.gc=o,this.gcFilter=r,this.clientID=na(),this.guid=e,this.collectionid=n,this.share=new Map,this.store=new wo,this._transaction=null,this._transactionCleanups=[],this.subdocs=new Set,this._item=null,this.shouldLoad=a,this.autoLoad=s,this.meta=i,this.isLoaded=!1,this.isSynced=!1,this.isDestroyed=!1,this.whenLoaded=or(l=>{this.on("load",()=>{this.isLoaded=!0,l(this)})});let c=()=>or(l=>{let d=p=>{(p===void 0||p===!0)&&(this.off("sync",d),l())};this.on("sync",d)});this.on("sync",l=>{l===!1&&this.isSynced&&(this.whenSynced=c()),this.isSynced=l===void 0||l===!0,this.isSynced&&!this.isLoaded&&this.emit("load",[this])}),this.whenSynced=c()}load(){let e=this._item;e!==null&&!this.shouldLoad&&E(e.parent.doc,n=>{n.subdocsLoaded.add(this)},null,!0),this.shouldLoad=!0}getSubdocs(){return this.subdocs}getSubdocGuids(){return new Set(ie(this.subdocs).map(e=>e.guid))}transact(e,n=null){return E(this,e,n)}get(e,n=D){let o=X(this.share,e,()=>{let i=new n;return i._integrate(this,null),i}),r=o.constructor;if(n!==D&&r!==n)if(r===D){let i=new n;i._map=o._map,o._map.forEach(s=>{for(;s!==null;s=s.left)s.parent=i}),i._start=o._start;for(let s=i._start;s!==null;s=s.right)s.parent=i;return i._length=o._length,this.share.set(e,i),i._integrate(this,null),i}else throw new Error(`Type with the name ${e} has already been defined with a different constructor`);return o}getArray(e=""){return this.get(e,Je)}getText(e=""){return this.get(e,he)}getMap(e=""){return this.get(e,z)}getXmlElement(e=""){return this.get(e,dn)}getXmlFragment(e=""){return this.get(e,Ct)}toJSON(){let e={};return this.share.forEach((n,o)=>{e[o]=n.toJSON()}),e}destroy(){this.isDestroyed=!0,ie(this.subdocs).forEach(n=>n.destroy());let e=this._item;if(e!==null){this._item=null;let n=e.content;n.doc=new t({guid:this.guid,...n.opts,shouldLoad:!1}),n.doc._item=e,E(e.parent.doc,o=>{let r=n.doc;e.deleted||o.subdocsAdded.add(r),o.subdocsRemoved.add(this)},null,!0)}this.emit("destroyed",[!0]),this.emit("destroy",[this]),super.destroy()}},ho=class{constructor(e){this.restDecoder=e}resetDsCurVal(){}readDsClock(){return b(this.restDecoder)}readDsLen(){return b(this.restDecoder)}},mo=class extends ho{readLeftID(){return k(b(this.restDecoder),b(this.restDecoder))}readRightID(){return k(b(this.restDecoder),b(this.restDecoder))}readClient(){return b(this.restDecoder)}readInfo(){return Be(this.restDecoder)}readString(){return se(this.restDecoder)}readParentInfo(){return b(this.restDecoder)===1}readTypeRef(){return b(this.restDecoder)}readLen(){return b(this.restDecoder)}readAny(){return mt(this.restDecoder)}readBuf(){return ys(I(this.restDecoder))}readJSON(){return JSON.parse(se(this.restDecoder))}readKey(){return se(this.restDecoder)}},Ur=class{constructor(e){this.dsCurrVal=0,this.restDecoder=e}resetDsCurVal(){this.dsCurrVal=0}readDsClock(){return this.dsCurrVal+=b(this.restDecoder),this.dsCurrVal}readDsLen(){let e=b(this.restDecoder)+1;return this.dsCurrVal+=e,e}},Ie=class extends Ur{constructor(e){super(e),this.keys=[],b(e),this.keyClockDecoder=new ft(I(e)),this.clientDecoder=new Fe(I(e)),this.leftClockDecoder=new ft(I(e)),this.rightClockDecoder=new ft(I(e)),this.infoDecoder=new Ft(I(e),Be),this.stringDecoder=new qn(I(e)),this.parentInfoDecoder=new Ft(I(e),Be),this.typeRefDecoder=new Fe(I(e)),this.lenDecoder=new Fe(I(e))}readLeftID(){return new _e(this.clientDecoder.read(),this.leftClockDecoder.read())}readRightID(){return new _e(this.clientDecoder.read(),this.rightClockDecoder.read())}readClient(){return this.clientDecoder.read()}readInfo(){return this.infoDecoder.read()}readString(){return this.stringDecoder.read()}readParentInfo(){return this.parentInfoDecoder.read()===1}readTypeRef(){return this.typeRefDecoder.read()}readLen(){return this.lenDecoder.read()}readAny(){return mt(this.restDecoder)}readBuf(){return I(this.restDecoder)}readJSON(){return mt(this.restDecoder)}readKey(){let e=this.keyClockDecoder.read();if(e<this.keys.length)return this.keys[e];{let n=this.stringDecoder.read();return this.keys.push(n),n}}},fo=class{constructor(){this.restEncoder=_()}toUint8Array(){return $(this.restEncoder)}resetDsCurVal(){}writeDsClock(e){y(this.restEncoder,e)}writeDsLen(e){y(this.restEncoder,e)}},Ye=class extends fo{writeLeftID(e){y(this.restEncoder,e.client),y(this.restEncoder,e.clock)}writeRightID(e){y(this.restEncoder,e.client),y(this.restEncoder,e.clock)}writeClient(e){y(this.restEncoder,e)}writeInfo(e){Mn(this.restEncoder,e)}writeString(e){xe(this.restEncoder,e)}writeParentInfo(e){y(this.restEncoder,e?1:0)}writeTypeRef(e){y(this.restEncoder,e)}writeLen(e){y(this.restEncoder,e)}writeAny(e){pt(this.restEncoder,e)}writeBuf(e){T(this.restEncoder,e)}writeJSON(e){xe(this.restEncoder,JSON.stringify(e))}writeKey(e){xe(this.restEncoder,e)}},go=class{constructor(){this.restEncoder=_(),this.dsCurrVal=0}toUint8Array(){return $(this.restEncoder)}resetDsCurVal(){this.dsCurrVal=0}writeDsClock(e){let n=e-this.dsCurrVal;this.dsCurrVal=e,y(this.restEncoder,n)}writeDsLen(e){e===0&&Y(),y(this.restEncoder,e-1),this.dsCurrVal+=e}},Se=class extends go{constructor(){super(),this.keyMap=new Map,this.keyClock=0,this.keyClockEncoder=new ut,this.clientEncoder=new je,this.leftClockEncoder=new ut,this.rightClockEncoder=new ut,this.infoEncoder=new jt(Mn),this.stringEncoder=new On,this.parentInfoEncoder=new jt(Mn),this.typeRefEncoder=new je,this.lenEncoder=new je}toUint8Array(){let e=_();return y(e,0),T(e,this.keyClockEncoder.toUint8Array()),T(e,this.clientEncoder.toUint8Array()),T(e,this.leftClockEncoder.toUint8Array()),T(e,this.rightClockEncoder.toUint8Array()),T(e,$(this.infoEncoder)),T(e,this.stringEncoder.toUint8Array()),T(e,$(this.parentInfoEncoder)),T(e,this.typeRefEncoder.toUint8Array()),T(e,this.lenEncoder.toUint8Array()),Bt(e,$(this.restEncoder)),$(e)}writeLeftID(e){this.clientEncoder.write(e.client),this.leftClockEncoder.write(e.clock)}writeRightID(e){this.clientEncoder.write(e.client),this.rightClockEncoder.write(e.clock)}writeClient(e){this.clientEncoder.write(e)}writeInfo(e){this.infoEncoder.write(e)}writeString(e){this.stringEncoder.write(e)}writeParentInfo(e){this.parentInfoEncoder.write(e?1:0)}writeTypeRef(e){this.typeRefEncoder.write(e)}writeLen(e){this.lenEncoder.write(e)}writeAny(e){pt(this.restEncoder,e)}writeBuf(e){T(this.restEncoder,e)}writeJSON(e){pt(this.restEncoder,e)}writeKey(e){let n=this.keyMap.get(e);n===void 0?(this.keyClockEncoder.write(this.keyClock++),this.stringEncoder.write(e)):this.keyClockEncoder.write(n)}},vd=(t,e,n,o)=>{o=be(o,e[0].id.clock);let r=ue(e,o);y(t.restEncoder,e.length-r),t.writeClient(n),y(t.restEncoder,o);let i=e[r];i.write(t,o-i.id.clock);for(let s=r+1;s<e.length;s++)e[s].write(t,0)},Wr=(t,e,n)=>{let o=new Map;n.forEach((r,i)=>{P(e,i)>r&&o.set(i,r)}),So(e).forEach((r,i)=>{n.has(i)||o.set(i,0)}),y(t.restEncoder,o.size),ie(o.entries()).sort((r,i)=>i[0]-r[0]).forEach(([r,i])=>{vd(t,e.clients.get(r),r,i)})},bd=(t,e)=>{let n=R(),o=b(t.restDecoder);for(let r=0;r<o;r++){let i=b(t.restDecoder),s=new Array(i),a=t.readClient(),c=b(t.restDecoder);n.set(a,{i:0,refs:s});for(let l=0;l<i;l++){let d=t.readInfo();switch(31&d){case 0:{let p=t.readLen();s[l]=new J(k(a,c),p),c+=p;break}case 10:{let p=b(t.restDecoder);s[l]=new K(k(a,c),p),c+=p;break}default:{let p=(d&192)===0,u=new L(k(a,c),null,(d&128)===128?t.readLeftID():null,null,(d&64)===64?t.readRightID():null,p?t.readParentInfo()?e.get(t.readString()):t.readLeftID():null,p&&(d&32)===32?t.readString():null,_a(t,d));s[l]=u,c+=u.length}}}}return n},xd=(t,e,n)=>{let o=[],r=ie(n.keys()).sort((h,f)=>h-f);if(r.length===0)return null;let i=()=>{if(r.length===0)return null;let h=n.get(r[r.length-1]);for(;h.refs.length===h.i;)if(r.pop(),r.length>0)h=n.get(r[r.length-1]);else return null;return h},s=i();if(s===null)return null;let a=new wo,c=new Map,l=(h,f)=>{let x=c.get(h);(x==null||x>f)&&c.set(h,f)},d=s.refs[s.i++],p=new Map,u=()=>{for(let h of o){let f=h.id.client,x=n.get(f);x?(x.i--,a.clients.set(f,x.refs.slice(x.i)),n.delete(f),x.i=0,x.refs=[]):a.clients.set(f,[h]),r=r.filter(N=>N!==f)}o.length=0};for(;;){if(d.constructor!==K){let f=X(p,d.id.client,()=>P(e,d.id.client))-d.id.clock;if(f<0)o.push(d),l(d.id.client,d.id.clock-1),u();else{let x=d.getMissing(t,e);if(x!==null){o.push(d);let N=n.get(x)||{refs:[],i:0};if(N.refs.length===N.i)l(x,P(e,x)),u();else{d=N.refs[N.i++];continue}}else(f===0||f<d.length)&&(d.integrate(t,f),p.set(d.id.client,d.id.clock+d.length))}}if(o.length>0)d=o.pop();else if(s!==null&&s.i<s.refs.length)d=s.refs[s.i++];else{if(s=i(),s===null)break;d=s.refs[s.i++]}}if(a.clients.size>0){let h=new Se;return Wr(h,a,new Map),y(h.restEncoder,0),{missing:c,update:h.toUint8Array()}}return null},kd=(t,e)=>Wr(t,e.doc.store,e.beforeState),Sd=(t,e,n,o=new Ie(t))=>E(e,r=>{r.local=!1;let i=!1,s=r.doc,a=s.store,c=bd(o,s),l=xd(r,a,c),d=a.pendingStructs;if(d){for(let[u,h]of d.missing)if(h<P(a,u)){i=!0;break}if(l){for(let[u,h]of l.missing){let f=d.missing.get(u);(f==null||f>h)&&d.missing.set(u,h)}d.update=yo([d.update,l.update])}}else a.pendingStructs=l;let p=Bs(o,r,a);if(a.pendingDs){let u=new Ie(ae(a.pendingDs));b(u.restDecoder);let h=Bs(u,r,a);p&&h?a.pendingDs=yo([p,h]):a.pendingDs=p||h}else a.pendingDs=p;if(i){let u=a.pendingStructs.update;a.pendingStructs=null,oa(r.doc,u)}},n,!1);var oa=(t,e,n,o=Ie)=>{let r=ae(e);Sd(r,t,n,new o(r))},ra=(t,e,n)=>oa(t,e,n,mo),$d=(t,e,n=new Map)=>{Wr(t,e.store,n),Tt(t,yd(e.store))},Ed=(t,e=new Uint8Array([0]),n=new Se)=>{let o=sa(e);$d(n,t,o);let r=[n.toUint8Array()];if(t.store.pendingDs&&r.push(t.store.pendingDs),t.store.pendingStructs&&r.push(Pd(t.store.pendingStructs.update,e)),r.length>1){if(n.constructor===Ye)return Rd(r.map((i,s)=>s===0?i:Vd(i)));if(n.constructor===Se)return yo(r)}return r[0]},ia=(t,e)=>Ed(t,e,new Ye),Cd=t=>{let e=new Map,n=b(t.restDecoder);for(let o=0;o<n;o++){let r=b(t.restDecoder),i=b(t.restDecoder);e.set(r,i)}return e},sa=t=>Cd(new ho(ae(t))),aa=(t,e)=>(y(t.restEncoder,e.size),ie(e.entries()).sort((n,o)=>o[0]-n[0]).forEach(([n,o])=>{y(t.restEncoder,n),y(t.restEncoder,o)}),t),Ad=(t,e)=>aa(t,So(e.store)),Td=(t,e=new go)=>(t instanceof Map?aa(e,t):Ad(e,t),e.toUint8Array()),ca=t=>Td(t,new fo),_r=class{constructor(){this.l=[]}},Fs=()=>new _r,zs=(t,e)=>t.l.push(e),Gs=(t,e)=>{let n=t.l,o=n.length;t.l=n.filter(r=>e!==r),o===t.l.length&&console.error("[yjs] Tried to remove event handler that doesn't exist.")},la=(t,e,n)=>Ht(t.l,[e,n]),_e=class{constructor(e,n){this.client=e,this.clock=n}},so=(t,e)=>t===e||t!==null&&e!==null&&t.client===e.client&&t.clock===e.clock,k=(t,e)=>new _e(t,e);var Ud=t=>{for(let[e,n]of t.doc.share.entries())if(n===t)return e;throw Y()};var Ir=class{constructor(e,n){this.ds=e,this.sv=n}};var _d=(t,e)=>new Ir(t,e),kh=_d(ta(),new Map);var St=(t,e)=>e===void 0?!t.deleted:e.sv.has(t.id.client)&&(e.sv.get(t.id.client)||0)>t.id.clock&&!ea(e.ds,t.id),Or=(t,e)=>{let n=X(t.meta,Or,oe),o=t.doc.store;n.has(e)||(e.sv.forEach((r,i)=>{r<P(o,i)&&Oe(t,k(i,r))}),Zs(t,e.ds,r=>{}),n.add(e))};var wo=class{constructor(){this.clients=new Map,this.pendingStructs=null,this.pendingDs=null}},So=t=>{let e=new Map;return t.clients.forEach((n,o)=>{let r=n[n.length-1];e.set(o,r.id.clock+r.length)}),e},P=(t,e)=>{let n=t.clients.get(e);if(n===void 0)return 0;let o=n[n.length-1];return o.id.clock+o.length},da=(t,e)=>{let n=t.clients.get(e.id.client);if(n===void 0)n=[],t.clients.set(e.id.client,n);else{let o=n[n.length-1];if(o.id.clock+o.length!==e.id.clock)throw Y()}n.push(e)},ue=(t,e)=>{let n=0,o=t.length-1,r=t[o],i=r.id.clock;if(i===e)return o;let s=j(e/(i+r.length-1)*o);for(;n<=o;){if(r=t[s],i=r.id.clock,i<=e){if(e<i+r.length)return s;n=s+1}else o=s-1;s=j((n+o)/2)}throw Y()},Id=(t,e)=>{let n=t.clients.get(e.client);return n[ue(n,e.clock)]},Ar=Id,Dr=(t,e,n)=>{let o=ue(e,n),r=e[o];return r.id.clock<n&&r instanceof L?(e.splice(o+1,0,ko(t,r,n-r.id.clock)),o+1):o},Oe=(t,e)=>{let n=t.doc.store.clients.get(e.client);return n[Dr(t,n,e.clock)]},Ws=(t,e,n)=>{let o=e.clients.get(n.client),r=ue(o,n.clock),i=o[r];return n.clock!==i.id.clock+i.length-1&&i.constructor!==J&&o.splice(r+1,0,ko(t,i,n.clock-i.id.clock+1)),i},Od=(t,e,n)=>{let o=t.clients.get(e.id.client);o[ue(o,e.id.clock)]=n},pa=(t,e,n,o,r)=>{if(o===0)return;let i=n+o,s=Dr(t,e,n),a;do a=e[s++],i<a.id.clock+a.length&&Dr(t,e,i),r(a);while(s<e.length&&e[s].id.clock<i)},Mr=class{constructor(e,n,o){this.doc=e,this.deleteSet=new We,this.beforeState=So(e.store),this.afterState=new Map,this.changed=new Map,this.changedParentTypes=new Map,this._mergeStructs=[],this.origin=n,this.meta=new Map,this.local=o,this.subdocsAdded=new Set,this.subdocsRemoved=new Set,this.subdocsLoaded=new Set,this._needFormattingCleanup=!1}},Hs=(t,e)=>e.deleteSet.clients.size===0&&!Li(e.afterState,(n,o)=>e.beforeState.get(o)!==n)?!1:(zr(e.deleteSet),kd(t,e),Tt(t,e.deleteSet),!0),Ys=(t,e,n)=>{let o=e._item;(o===null||o.id.clock<(t.beforeState.get(o.id.client)||0)&&!o.deleted)&&X(t.changed,e,oe).add(n)},lo=(t,e)=>{let n=t[e],o=t[e-1],r=e;for(;r>0;n=o,o=t[--r-1]){if(o.deleted===n.deleted&&o.constructor===n.constructor&&o.mergeWith(n)){n instanceof L&&n.parentSub!==null&&n.parent._map.get(n.parentSub)===n&&n.parent._map.set(n.parentSub,o);continue}break}let i=e-r;return i&&t.splice(e+1-i,i),i},Dd=(t,e,n)=>{for(let[o,r]of t.clients.entries()){let i=e.clients.get(o);for(let s=r.length-1;s>=0;s--){let a=r[s],c=a.clock+a.len;for(let l=ue(i,a.clock),d=i[l];l<i.length&&d.id.clock<c;d=i[++l]){let p=i[l];if(a.clock+a.len<=p.id.clock)break;p instanceof L&&p.deleted&&!p.keep&&n(p)&&p.gc(e,!1)}}}},Md=(t,e)=>{t.clients.forEach((n,o)=>{let r=e.clients.get(o);for(let i=n.length-1;i>=0;i--){let s=n[i],a=st(r.length-1,1+ue(r,s.clock+s.len-1));for(let c=a,l=r[c];c>0&&l.id.clock>=s.clock;l=r[c])c-=1+lo(r,c)}})};var ua=(t,e)=>{if(e<t.length){let n=t[e],o=n.doc,r=o.store,i=n.deleteSet,s=n._mergeStructs;try{zr(i),n.afterState=So(n.doc.store),o.emit("beforeObserverCalls",[n,o]);let a=[];n.changed.forEach((c,l)=>a.push(()=>{(l._item===null||!l._item.deleted)&&l._callObserver(n,c)})),a.push(()=>{n.changedParentTypes.forEach((c,l)=>{l._dEH.l.length>0&&(l._item===null||!l._item.deleted)&&a.push(()=>{c=c.filter(d=>d.target._item===null||!d.target._item.deleted),c.forEach(d=>{d.currentTarget=l,d._path=null}),c.sort((d,p)=>d.path.length-p.path.length),la(l._dEH,c,n)})}),a.push(()=>o.emit("afterTransaction",[n,o])),a.push(()=>{n._needFormattingCleanup&&Qd(n)})}),Ht(a,[])}finally{o.gc&&Dd(i,r,o.gcFilter),Md(i,r),n.afterState.forEach((d,p)=>{let u=n.beforeState.get(p)||0;if(u!==d){let h=r.clients.get(p),f=be(ue(h,u),1);for(let x=h.length-1;x>=f;)x-=1+lo(h,x)}});for(let d=s.length-1;d>=0;d--){let{client:p,clock:u}=s[d].id,h=r.clients.get(p),f=ue(h,u);f+1<h.length&&lo(h,f+1)>1||f>0&&lo(h,f)}if(!n.local&&n.afterState.get(o.clientID)!==n.beforeState.get(o.clientID)&&(Ns(kt,en,"[yjs] ",tn,nn,"Changed the client-id because another client seems to be using it."),o.clientID=na()),o.emit("afterTransactionCleanup",[n,o]),o._observers.has("update")){let d=new Ye;Hs(d,n)&&o.emit("update",[d.toUint8Array(),n.origin,o,n])}if(o._observers.has("updateV2")){let d=new Se;Hs(d,n)&&o.emit("updateV2",[d.toUint8Array(),n.origin,o,n])}let{subdocsAdded:a,subdocsLoaded:c,subdocsRemoved:l}=n;(a.size>0||l.size>0||c.size>0)&&(a.forEach(d=>{d.clientID=o.clientID,d.collectionid==null&&(d.collectionid=o.collectionid),o.subdocs.add(d)}),l.forEach(d=>o.subdocs.delete(d)),o.emit("subdocs",[{loaded:c,added:a,removed:l},o,n]),l.forEach(d=>d.destroy())),t.length<=e+1?(o._transactionCleanups=[],o.emit("afterAllTransactions",[o,t])):ua(t,e+1)}}},E=(t,e,n=null,o=!0)=>{let r=t._transactionCleanups,i=!1,s=null;t._transaction===null&&(i=!0,t._transaction=new Mr(t,n,o),r.push(t._transaction),r.length===1&&t.emit("beforeAllTransactions",[t]),t.emit("beforeTransaction",[t._transaction,t]));try{s=e(t._transaction)}finally{if(i){let a=t._transaction===r[0];t._transaction=null,a&&ua(r,0)}}return s};function*Nd(t){let e=b(t.restDecoder);for(let n=0;n<e;n++){let o=b(t.restDecoder),r=t.readClient(),i=b(t.restDecoder);for(let s=0;s<o;s++){let a=t.readInfo();if(a===10){let c=b(t.restDecoder);yield new K(k(r,i),c),i+=c}else if((31&a)!==0){let c=(a&192)===0,l=new L(k(r,i),null,(a&128)===128?t.readLeftID():null,null,(a&64)===64?t.readRightID():null,c?t.readParentInfo()?t.readString():t.readLeftID():null,c&&(a&32)===32?t.readString():null,_a(t,a));yield l,i+=l.length}else{let c=t.readLen();yield new J(k(r,i),c),i+=c}}}}var rn=class{constructor(e,n){this.gen=Nd(e),this.curr=null,this.done=!1,this.filterSkips=n,this.next()}next(){do this.curr=this.gen.next().value||null;while(this.filterSkips&&this.curr!==null&&this.curr.constructor===K);return this.curr}};var sn=class{constructor(e){this.currClient=0,this.startClock=0,this.written=0,this.encoder=e,this.clientStructs=[]}},Rd=t=>yo(t,mo,Ye);var qd=(t,e)=>{if(t.constructor===J){let{client:n,clock:o}=t.id;return new J(k(n,o+e),t.length-e)}else if(t.constructor===K){let{client:n,clock:o}=t.id;return new K(k(n,o+e),t.length-e)}else{let n=t,{client:o,clock:r}=n.id;return new L(k(o,r+e),null,k(o,r+e-1),null,n.rightOrigin,n.parent,n.parentSub,n.content.splice(e))}},yo=(t,e=Ie,n=Se)=>{if(t.length===1)return t[0];let o=t.map(d=>new e(ae(d))),r=o.map(d=>new rn(d,!0)),i=null,s=new n,a=new sn(s);for(;r=r.filter(u=>u.curr!==null),r.sort((u,h)=>{if(u.curr.id.client===h.curr.id.client){let f=u.curr.id.clock-h.curr.id.clock;return f===0?u.curr.constructor===h.curr.constructor?0:u.curr.constructor===K?1:-1:f}else return h.curr.id.client-u.curr.id.client}),r.length!==0;){let d=r[0],p=d.curr.id.client;if(i!==null){let u=d.curr,h=!1;for(;u!==null&&u.id.clock+u.length<=i.struct.id.clock+i.struct.length&&u.id.client>=i.struct.id.client;)u=d.next(),h=!0;if(u===null||u.id.client!==p||h&&u.id.clock>i.struct.id.clock+i.struct.length)continue;if(p!==i.struct.id.client)Te(a,i.struct,i.offset),i={struct:u,offset:0},d.next();else if(i.struct.id.clock+i.struct.length<u.id.clock)if(i.struct.constructor===K)i.struct.length=u.id.clock+u.length-i.struct.id.clock;else{Te(a,i.struct,i.offset);let f=u.id.clock-i.struct.id.clock-i.struct.length;i={struct:new K(k(p,i.struct.id.clock+i.struct.length),f),offset:0}}else{let f=i.struct.id.clock+i.struct.length-u.id.clock;f>0&&(i.struct.constructor===K?i.struct.length-=f:u=qd(u,f)),i.struct.mergeWith(u)||(Te(a,i.struct,i.offset),i={struct:u,offset:0},d.next())}}else i={struct:d.curr,offset:0},d.next();for(let u=d.curr;u!==null&&u.id.client===p&&u.id.clock===i.struct.id.clock+i.struct.length&&u.constructor!==K;u=d.next())Te(a,i.struct,i.offset),i={struct:u,offset:0}}i!==null&&(Te(a,i.struct,i.offset),i=null),Hr(a);let c=o.map(d=>Gr(d)),l=wd(c);return Tt(s,l),s.toUint8Array()},Pd=(t,e,n=Ie,o=Se)=>{let r=sa(e),i=new o,s=new sn(i),a=new n(ae(t)),c=new rn(a,!1);for(;c.curr;){let d=c.curr,p=d.id.client,u=r.get(p)||0;if(c.curr.constructor===K){c.next();continue}if(d.id.clock+d.length>u)for(Te(s,d,be(u-d.id.clock,0)),c.next();c.curr&&c.curr.id.client===p;)Te(s,c.curr,0),c.next();else for(;c.curr&&c.curr.id.client===p&&c.curr.id.clock+c.curr.length<=u;)c.next()}Hr(s);let l=Gr(a);return Tt(i,l),i.toUint8Array()};var ha=t=>{t.written>0&&(t.clientStructs.push({written:t.written,restEncoder:$(t.encoder.restEncoder)}),t.encoder.restEncoder=_(),t.written=0)},Te=(t,e,n)=>{t.written>0&&t.currClient!==e.id.client&&ha(t),t.written===0&&(t.currClient=e.id.client,t.encoder.writeClient(e.id.client),y(t.encoder.restEncoder,e.id.clock+n)),e.write(t.encoder,n),t.written++},Hr=t=>{ha(t);let e=t.encoder.restEncoder;y(e,t.clientStructs.length);for(let n=0;n<t.clientStructs.length;n++){let o=t.clientStructs[n];y(e,o.written),Bt(e,o.restEncoder)}},Ld=(t,e,n,o)=>{let r=new n(ae(t)),i=new rn(r,!1),s=new o,a=new sn(s);for(let l=i.curr;l!==null;l=i.next())Te(a,e(l),0);Hr(a);let c=Gr(r);return Tt(s,c),s.toUint8Array()};var Vd=t=>Ld(t,ls,Ie,Ye),Js="You must not compute changes after the event-handler fired.",Et=class{constructor(e,n){this.target=e,this.currentTarget=e,this.transaction=n,this._changes=null,this._keys=null,this._delta=null,this._path=null}get path(){return this._path||(this._path=jd(this.currentTarget,this.target))}deletes(e){return ea(this.transaction.deleteSet,e.id)}get keys(){if(this._keys===null){if(this.transaction.doc._transactionCleanups.length===0)throw Z(Js);let e=new Map,n=this.target;this.transaction.changed.get(n).forEach(r=>{if(r!==null){let i=n._map.get(r),s,a;if(this.adds(i)){let c=i.left;for(;c!==null&&this.adds(c);)c=c.left;if(this.deletes(i))if(c!==null&&this.deletes(c))s="delete",a=An(c.content.getContent());else return;else c!==null&&this.deletes(c)?(s="update",a=An(c.content.getContent())):(s="add",a=void 0)}else if(this.deletes(i))s="delete",a=An(i.content.getContent());else return;e.set(r,{action:s,oldValue:a})}}),this._keys=e}return this._keys}get delta(){return this.changes.delta}adds(e){return e.id.clock>=(this.transaction.beforeState.get(e.id.client)||0)}get changes(){let e=this._changes;if(e===null){if(this.transaction.doc._transactionCleanups.length===0)throw Z(Js);let n=this.target,o=oe(),r=oe(),i=[];if(e={added:o,deleted:r,delta:i,keys:this.keys},this.transaction.changed.get(n).has(null)){let a=null,c=()=>{a&&i.push(a)};for(let l=n._start;l!==null;l=l.right)l.deleted?this.deletes(l)&&!this.adds(l)&&((a===null||a.delete===void 0)&&(c(),a={delete:0}),a.delete+=l.length,r.add(l)):this.adds(l)?((a===null||a.insert===void 0)&&(c(),a={insert:[]}),a.insert=a.insert.concat(l.content.getContent()),o.add(l)):((a===null||a.retain===void 0)&&(c(),a={retain:0}),a.retain+=l.length);a!==null&&a.retain===void 0&&c()}this._changes=e}return e}},jd=(t,e)=>{let n=[];for(;e._item!==null&&e!==t;){if(e._item.parentSub!==null)n.unshift(e._item.parentSub);else{let o=0,r=e._item.parent._start;for(;r!==e._item&&r!==null;)!r.deleted&&r.countable&&(o+=r.length),r=r.right;n.unshift(o)}e=e._item.parent}return n},F=()=>{Rs("Invalid access: Add Yjs type to a document before reading data.")},ma=80,Yr=0,Nr=class{constructor(e,n){e.marker=!0,this.p=e,this.index=n,this.timestamp=Yr++}},Bd=t=>{t.timestamp=Yr++},fa=(t,e,n)=>{t.p.marker=!1,t.p=e,e.marker=!0,t.index=n,t.timestamp=Yr++},Fd=(t,e,n)=>{if(t.length>=ma){let o=t.reduce((r,i)=>r.timestamp<i.timestamp?r:i);return fa(o,e,n),o}else{let o=new Nr(e,n);return t.push(o),o}},$o=(t,e)=>{if(t._start===null||e===0||t._searchMarker===null)return null;let n=t._searchMarker.length===0?null:t._searchMarker.reduce((i,s)=>Pe(e-i.index)<Pe(e-s.index)?i:s),o=t._start,r=0;for(n!==null&&(o=n.p,r=n.index,Bd(n));o.right!==null&&r<e;){if(!o.deleted&&o.countable){if(e<r+o.length)break;r+=o.length}o=o.right}for(;o.left!==null&&r>e;)o=o.left,!o.deleted&&o.countable&&(r-=o.length);for(;o.left!==null&&o.left.id.client===o.id.client&&o.left.id.clock+o.left.length===o.id.clock;)o=o.left,!o.deleted&&o.countable&&(r-=o.length);return n!==null&&Pe(n.index-r)<o.parent.length/ma?(fa(n,o,r),n):Fd(t._searchMarker,o,r)},an=(t,e,n)=>{for(let o=t.length-1;o>=0;o--){let r=t[o];if(n>0){let i=r.p;for(i.marker=!1;i&&(i.deleted||!i.countable);)i=i.left,i&&!i.deleted&&i.countable&&(r.index-=i.length);if(i===null||i.marker===!0){t.splice(o,1);continue}r.p=i,i.marker=!0}(e<r.index||n>0&&e===r.index)&&(r.index=be(e,r.index+n))}};var Eo=(t,e,n)=>{let o=t,r=e.changedParentTypes;for(;X(r,t,()=>[]).push(n),t._item!==null;)t=t._item.parent;la(o._eH,n,e)},D=class{constructor(){this._item=null,this._map=new Map,this._start=null,this.doc=null,this._length=0,this._eH=Fs(),this._dEH=Fs(),this._searchMarker=null}get parent(){return this._item?this._item.parent:null}_integrate(e,n){this.doc=e,this._item=n}_copy(){throw ee()}clone(){throw ee()}_write(e){}get _first(){let e=this._start;for(;e!==null&&e.deleted;)e=e.right;return e}_callObserver(e,n){!e.local&&this._searchMarker&&(this._searchMarker.length=0)}observe(e){zs(this._eH,e)}observeDeep(e){zs(this._dEH,e)}unobserve(e){Gs(this._eH,e)}unobserveDeep(e){Gs(this._dEH,e)}toJSON(){}},ga=(t,e,n)=>{t.doc??F(),e<0&&(e=t._length+e),n<0&&(n=t._length+n);let o=n-e,r=[],i=t._start;for(;i!==null&&o>0;){if(i.countable&&!i.deleted){let s=i.content.getContent();if(s.length<=e)e-=s.length;else{for(let a=e;a<s.length&&o>0;a++)r.push(s[a]),o--;e=0}}i=i.right}return r},wa=t=>{t.doc??F();let e=[],n=t._start;for(;n!==null;){if(n.countable&&!n.deleted){let o=n.content.getContent();for(let r=0;r<o.length;r++)e.push(o[r])}n=n.right}return e};var cn=(t,e)=>{let n=0,o=t._start;for(t.doc??F();o!==null;){if(o.countable&&!o.deleted){let r=o.content.getContent();for(let i=0;i<r.length;i++)e(r[i],n++,t)}o=o.right}},ya=(t,e)=>{let n=[];return cn(t,(o,r)=>{n.push(e(o,r,t))}),n},zd=t=>{let e=t._start,n=null,o=0;return{[Symbol.iterator](){return this},next:()=>{if(n===null){for(;e!==null&&e.deleted;)e=e.right;if(e===null)return{done:!0,value:void 0};n=e.content.getContent(),o=0,e=e.right}let r=n[o++];return n.length<=o&&(n=null),{done:!1,value:r}}}},va=(t,e)=>{t.doc??F();let n=$o(t,e),o=t._start;for(n!==null&&(o=n.p,e-=n.index);o!==null;o=o.right)if(!o.deleted&&o.countable){if(e<o.length)return o.content.getContent()[e];e-=o.length}},vo=(t,e,n,o)=>{let r=n,i=t.doc,s=i.clientID,a=i.store,c=n===null?e._start:n.right,l=[],d=()=>{l.length>0&&(r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new At(l)),r.integrate(t,0),l=[])};o.forEach(p=>{if(p===null)l.push(p);else switch(p.constructor){case Number:case Object:case Boolean:case Array:case String:l.push(p);break;default:switch(d(),p.constructor){case Uint8Array:case ArrayBuffer:r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new un(new Uint8Array(p))),r.integrate(t,0);break;case He:r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new hn(p)),r.integrate(t,0);break;default:if(p instanceof D)r=new L(k(s,P(a,s)),r,r&&r.lastId,c,c&&c.id,e,null,new Ee(p)),r.integrate(t,0);else throw new Error("Unexpected content type in insert operation")}}}),d()},ba=()=>Z("Length exceeded!"),xa=(t,e,n,o)=>{if(n>e._length)throw ba();if(n===0)return e._searchMarker&&an(e._searchMarker,n,o.length),vo(t,e,null,o);let r=n,i=$o(e,n),s=e._start;for(i!==null&&(s=i.p,n-=i.index,n===0&&(s=s.prev,n+=s&&s.countable&&!s.deleted?s.length:0));s!==null;s=s.right)if(!s.deleted&&s.countable){if(n<=s.length){n<s.length&&Oe(t,k(s.id.client,s.id.clock+n));break}n-=s.length}return e._searchMarker&&an(e._searchMarker,r,o.length),vo(t,e,s,o)},Gd=(t,e,n)=>{let r=(e._searchMarker||[]).reduce((i,s)=>s.index>i.index?s:i,{index:0,p:e._start}).p;if(r)for(;r.right;)r=r.right;return vo(t,e,r,n)},ka=(t,e,n,o)=>{if(o===0)return;let r=n,i=o,s=$o(e,n),a=e._start;for(s!==null&&(a=s.p,n-=s.index);a!==null&&n>0;a=a.right)!a.deleted&&a.countable&&(n<a.length&&Oe(t,k(a.id.client,a.id.clock+n)),n-=a.length);for(;o>0&&a!==null;)a.deleted||(o<a.length&&Oe(t,k(a.id.client,a.id.clock+o)),a.delete(t),o-=a.length),a=a.right;if(o>0)throw ba();e._searchMarker&&an(e._searchMarker,r,-i+o)},bo=(t,e,n)=>{let o=e._map.get(n);o!==void 0&&o.delete(t)},Jr=(t,e,n,o)=>{let r=e._map.get(n)||null,i=t.doc,s=i.clientID,a;if(o==null)a=new At([o]);else switch(o.constructor){case Number:case Object:case Boolean:case Array:case String:case Date:case BigInt:a=new At([o]);break;case Uint8Array:a=new un(o);break;case He:a=new hn(o);break;default:if(o instanceof D)a=new Ee(o);else throw new Error("Unexpected content type")}new L(k(s,P(i.store,s)),r,r&&r.lastId,null,null,e,n,a).integrate(t,0)},Kr=(t,e)=>{t.doc??F();let n=t._map.get(e);return n!==void 0&&!n.deleted?n.content.getContent()[n.length-1]:void 0},Sa=t=>{let e={};return t.doc??F(),t._map.forEach((n,o)=>{n.deleted||(e[o]=n.content.getContent()[n.length-1])}),e},$a=(t,e)=>{t.doc??F();let n=t._map.get(e);return n!==void 0&&!n.deleted};var Wd=(t,e)=>{let n={};return t._map.forEach((o,r)=>{let i=o;for(;i!==null&&(!e.sv.has(i.id.client)||i.id.clock>=(e.sv.get(i.id.client)||0));)i=i.left;i!==null&&St(i,e)&&(n[r]=i.content.getContent()[i.length-1])}),n},ao=t=>(t.doc??F(),Ls(t._map.entries(),e=>!e[1].deleted)),Rr=class extends Et{},Je=class t extends D{constructor(){super(),this._prelimContent=[],this._searchMarker=[]}static from(e){let n=new t;return n.push(e),n}_integrate(e,n){super._integrate(e,n),this.insert(0,this._prelimContent),this._prelimContent=null}_copy(){return new t}clone(){let e=new t;return e.insert(0,this.toArray().map(n=>n instanceof D?n.clone():n)),e}get length(){return this.doc??F(),this._length}_callObserver(e,n){super._callObserver(e,n),Eo(this,e,new Rr(this,e))}insert(e,n){this.doc!==null?E(this.doc,o=>{xa(o,this,e,n)}):this._prelimContent.splice(e,0,...n)}push(e){this.doc!==null?E(this.doc,n=>{Gd(n,this,e)}):this._prelimContent.push(...e)}unshift(e){this.insert(0,e)}delete(e,n=1){this.doc!==null?E(this.doc,o=>{ka(o,this,e,n)}):this._prelimContent.splice(e,n)}get(e){return va(this,e)}toArray(){return wa(this)}slice(e=0,n=this.length){return ga(this,e,n)}toJSON(){return this.map(e=>e instanceof D?e.toJSON():e)}map(e){return ya(this,e)}forEach(e){cn(this,e)}[Symbol.iterator](){return zd(this)}_write(e){e.writeTypeRef(mp)}},Hd=t=>new Je,qr=class extends Et{constructor(e,n,o){super(e,n),this.keysChanged=o}},z=class t extends D{constructor(e){super(),this._prelimContent=null,e===void 0?this._prelimContent=new Map:this._prelimContent=new Map(e)}_integrate(e,n){super._integrate(e,n),this._prelimContent.forEach((o,r)=>{this.set(r,o)}),this._prelimContent=null}_copy(){return new t}clone(){let e=new t;return this.forEach((n,o)=>{e.set(o,n instanceof D?n.clone():n)}),e}_callObserver(e,n){Eo(this,e,new qr(this,e,n))}toJSON(){this.doc??F();let e={};return this._map.forEach((n,o)=>{if(!n.deleted){let r=n.content.getContent()[n.length-1];e[o]=r instanceof D?r.toJSON():r}}),e}get size(){return[...ao(this)].length}keys(){return io(ao(this),e=>e[0])}values(){return io(ao(this),e=>e[1].content.getContent()[e[1].length-1])}entries(){return io(ao(this),e=>[e[0],e[1].content.getContent()[e[1].length-1]])}forEach(e){this.doc??F(),this._map.forEach((n,o)=>{n.deleted||e(n.content.getContent()[n.length-1],o,this)})}[Symbol.iterator](){return this.entries()}delete(e){this.doc!==null?E(this.doc,n=>{bo(n,this,e)}):this._prelimContent.delete(e)}set(e,n){return this.doc!==null?E(this.doc,o=>{Jr(o,this,e,n)}):this._prelimContent.set(e,n),n}get(e){return Kr(this,e)}has(e){return $a(this,e)}clear(){this.doc!==null?E(this.doc,e=>{this.forEach(function(n,o,r){bo(e,r,o)})}):this._prelimContent.clear()}_write(e){e.writeTypeRef(fp)}},Yd=t=>new z,Ue=(t,e)=>t===e||typeof t=="object"&&typeof e=="object"&&t&&e&&cr(t,e),ln=class{constructor(e,n,o,r){this.left=e,this.right=n,this.index=o,this.currentAttributes=r}forward(){this.right===null&&Y(),this.right.content.constructor===M?this.right.deleted||Ut(this.currentAttributes,this.right.content):this.right.deleted||(this.index+=this.right.length),this.left=this.right,this.right=this.right.right}},Ks=(t,e,n)=>{for(;e.right!==null&&n>0;)e.right.content.constructor===M?e.right.deleted||Ut(e.currentAttributes,e.right.content):e.right.deleted||(n<e.right.length&&Oe(t,k(e.right.id.client,e.right.id.clock+n)),e.index+=e.right.length,n-=e.right.length),e.left=e.right,e.right=e.right.right;return e},co=(t,e,n,o)=>{let r=new Map,i=o?$o(e,n):null;if(i){let s=new ln(i.p.left,i.p,i.index,r);return Ks(t,s,n-i.index)}else{let s=new ln(null,e._start,0,r);return Ks(t,s,n)}},Ea=(t,e,n,o)=>{for(;n.right!==null&&(n.right.deleted===!0||n.right.content.constructor===M&&Ue(o.get(n.right.content.key),n.right.content.value));)n.right.deleted||o.delete(n.right.content.key),n.forward();let r=t.doc,i=r.clientID;o.forEach((s,a)=>{let c=n.left,l=n.right,d=new L(k(i,P(r.store,i)),c,c&&c.lastId,l,l&&l.id,e,null,new M(a,s));d.integrate(t,0),n.right=d,n.forward()})},Ut=(t,e)=>{let{key:n,value:o}=e;o===null?t.delete(n):t.set(n,o)},Ca=(t,e)=>{for(;t.right!==null;){if(!(t.right.deleted||t.right.content.constructor===M&&Ue(e[t.right.content.key]??null,t.right.content.value)))break;t.forward()}},Aa=(t,e,n,o)=>{let r=t.doc,i=r.clientID,s=new Map;for(let a in o){let c=o[a],l=n.currentAttributes.get(a)??null;if(!Ue(l,c)){s.set(a,l);let{left:d,right:p}=n;n.right=new L(k(i,P(r.store,i)),d,d&&d.lastId,p,p&&p.id,e,null,new M(a,c)),n.right.integrate(t,0),n.forward()}}return s},Tr=(t,e,n,o,r)=>{n.currentAttributes.forEach((u,h)=>{r[h]===void 0&&(r[h]=null)});let i=t.doc,s=i.clientID;Ca(n,r);let a=Aa(t,e,n,r),c=o.constructor===String?new $e(o):o instanceof D?new Ee(o):new Ke(o),{left:l,right:d,index:p}=n;e._searchMarker&&an(e._searchMarker,n.index,c.getLength()),d=new L(k(s,P(i.store,s)),l,l&&l.lastId,d,d&&d.id,e,null,c),d.integrate(t,0),n.right=d,n.index=p,n.forward(),Ea(t,e,n,a)},Qs=(t,e,n,o,r)=>{let i=t.doc,s=i.clientID;Ca(n,r);let a=Aa(t,e,n,r);e:for(;n.right!==null&&(o>0||a.size>0&&(n.right.deleted||n.right.content.constructor===M));){if(!n.right.deleted)switch(n.right.content.constructor){case M:{let{key:c,value:l}=n.right.content,d=r[c];if(d!==void 0){if(Ue(d,l))a.delete(c);else{if(o===0)break e;a.set(c,l)}n.right.delete(t)}else n.currentAttributes.set(c,l);break}default:o<n.right.length&&Oe(t,k(n.right.id.client,n.right.id.clock+o)),o-=n.right.length;break}n.forward()}if(o>0){let c="";for(;o>0;o--)c+=`
`;n.right=new L(k(s,P(i.store,s)),n.left,n.left&&n.left.lastId,n.right,n.right&&n.right.id,e,null,new $e(c)),n.right.integrate(t,0),n.forward()}Ea(t,e,n,a)},Ta=(t,e,n,o,r)=>{let i=e,s=R();for(;i&&(!i.countable||i.deleted);){if(!i.deleted&&i.content.constructor===M){let l=i.content;s.set(l.key,l)}i=i.right}let a=0,c=!1;for(;e!==i;){if(n===e&&(c=!0),!e.deleted){let l=e.content;if(l.constructor===M){let{key:d,value:p}=l,u=o.get(d)??null;(s.get(d)!==l||u===p)&&(e.delete(t),a++,!c&&(r.get(d)??null)===p&&u!==p&&(u===null?r.delete(d):r.set(d,u))),!c&&!e.deleted&&Ut(r,l)}}e=e.right}return a},Jd=(t,e)=>{for(;e&&e.right&&(e.right.deleted||!e.right.countable);)e=e.right;let n=new Set;for(;e&&(e.deleted||!e.countable);){if(!e.deleted&&e.content.constructor===M){let o=e.content.key;n.has(o)?e.delete(t):n.add(o)}e=e.left}},Kd=t=>{let e=0;return E(t.doc,n=>{let o=t._start,r=t._start,i=R(),s=En(i);for(;r;)r.deleted===!1&&(r.content.constructor===M?Ut(s,r.content):(e+=Ta(n,o,r,i,s),i=En(s),o=r)),r=r.right}),e},Qd=t=>{let e=new Set,n=t.doc;for(let[o,r]of t.afterState.entries()){let i=t.beforeState.get(o)||0;r!==i&&pa(t,n.store.clients.get(o),i,r,s=>{!s.deleted&&s.content.constructor===M&&s.constructor!==J&&e.add(s.parent)})}E(n,o=>{Zs(t,t.deleteSet,r=>{if(r instanceof J||!r.parent._hasFormatting||e.has(r.parent))return;let i=r.parent;r.content.constructor===M?e.add(i):Jd(o,r)});for(let r of e)Kd(r)})},Xs=(t,e,n)=>{let o=n,r=En(e.currentAttributes),i=e.right;for(;n>0&&e.right!==null;){if(e.right.deleted===!1)switch(e.right.content.constructor){case Ee:case Ke:case $e:n<e.right.length&&Oe(t,k(e.right.id.client,e.right.id.clock+n)),n-=e.right.length,e.right.delete(t);break}e.forward()}i&&Ta(t,i,e.right,r,e.currentAttributes);let s=(e.left||e.right).parent;return s._searchMarker&&an(s._searchMarker,e.index,-o+n),e},Pr=class extends Et{constructor(e,n,o){super(e,n),this.childListChanged=!1,this.keysChanged=new Set,o.forEach(r=>{r===null?this.childListChanged=!0:this.keysChanged.add(r)})}get changes(){if(this._changes===null){let e={keys:this.keys,delta:this.delta,added:new Set,deleted:new Set};this._changes=e}return this._changes}get delta(){if(this._delta===null){let e=this.target.doc,n=[];E(e,o=>{let r=new Map,i=new Map,s=this.target._start,a=null,c={},l="",d=0,p=0,u=()=>{if(a!==null){let h=null;switch(a){case"delete":p>0&&(h={delete:p}),p=0;break;case"insert":(typeof l=="object"||l.length>0)&&(h={insert:l},r.size>0&&(h.attributes={},r.forEach((f,x)=>{f!==null&&(h.attributes[x]=f)}))),l="";break;case"retain":d>0&&(h={retain:d},cs(c)||(h.attributes=is({},c))),d=0;break}h&&n.push(h),a=null}};for(;s!==null;){switch(s.content.constructor){case Ee:case Ke:this.adds(s)?this.deletes(s)||(u(),a="insert",l=s.content.getContent()[0],u()):this.deletes(s)?(a!=="delete"&&(u(),a="delete"),p+=1):s.deleted||(a!=="retain"&&(u(),a="retain"),d+=1);break;case $e:this.adds(s)?this.deletes(s)||(a!=="insert"&&(u(),a="insert"),l+=s.content.str):this.deletes(s)?(a!=="delete"&&(u(),a="delete"),p+=s.length):s.deleted||(a!=="retain"&&(u(),a="retain"),d+=s.length);break;case M:{let{key:h,value:f}=s.content;if(this.adds(s)){if(!this.deletes(s)){let x=r.get(h)??null;Ue(x,f)?f!==null&&s.delete(o):(a==="retain"&&u(),Ue(f,i.get(h)??null)?delete c[h]:c[h]=f)}}else if(this.deletes(s)){i.set(h,f);let x=r.get(h)??null;Ue(x,f)||(a==="retain"&&u(),c[h]=x)}else if(!s.deleted){i.set(h,f);let x=c[h];x!==void 0&&(Ue(x,f)?x!==null&&s.delete(o):(a==="retain"&&u(),f===null?delete c[h]:c[h]=f))}s.deleted||(a==="insert"&&u(),Ut(r,s.content));break}}s=s.right}for(u();n.length>0;){let h=n[n.length-1];if(h.retain!==void 0&&h.attributes===void 0)n.pop();else break}}),this._delta=n}return this._delta}},he=class t extends D{constructor(e){super(),this._pending=e!==void 0?[()=>this.insert(0,e)]:[],this._searchMarker=[],this._hasFormatting=!1}get length(){return this.doc??F(),this._length}_integrate(e,n){super._integrate(e,n);try{this._pending.forEach(o=>o())}catch(o){console.error(o)}this._pending=null}_copy(){return new t}clone(){let e=new t;return e.applyDelta(this.toDelta()),e}_callObserver(e,n){super._callObserver(e,n);let o=new Pr(this,e,n);Eo(this,e,o),!e.local&&this._hasFormatting&&(e._needFormattingCleanup=!0)}toString(){this.doc??F();let e="",n=this._start;for(;n!==null;)!n.deleted&&n.countable&&n.content.constructor===$e&&(e+=n.content.str),n=n.right;return e}toJSON(){return this.toString()}applyDelta(e,{sanitize:n=!0}={}){this.doc!==null?E(this.doc,o=>{let r=new ln(null,this._start,0,new Map);for(let i=0;i<e.length;i++){let s=e[i];if(s.insert!==void 0){let a=!n&&typeof s.insert=="string"&&i===e.length-1&&r.right===null&&s.insert.slice(-1)===`
`?s.insert.slice(0,-1):s.insert;(typeof a!="string"||a.length>0)&&Tr(o,this,r,a,s.attributes||{})}else s.retain!==void 0?Qs(o,this,r,s.retain,s.attributes||{}):s.delete!==void 0&&Xs(o,r,s.delete)}}):this._pending.push(()=>this.applyDelta(e))}toDelta(e,n,o){this.doc??F();let r=[],i=new Map,s=this.doc,a="",c=this._start;function l(){if(a.length>0){let p={},u=!1;i.forEach((f,x)=>{u=!0,p[x]=f});let h={insert:a};u&&(h.attributes=p),r.push(h),a=""}}let d=()=>{for(;c!==null;){if(St(c,e)||n!==void 0&&St(c,n))switch(c.content.constructor){case $e:{let p=i.get("ychange");e!==void 0&&!St(c,e)?(p===void 0||p.user!==c.id.client||p.type!=="removed")&&(l(),i.set("ychange",o?o("removed",c.id):{type:"removed"})):n!==void 0&&!St(c,n)?(p===void 0||p.user!==c.id.client||p.type!=="added")&&(l(),i.set("ychange",o?o("added",c.id):{type:"added"})):p!==void 0&&(l(),i.delete("ychange")),a+=c.content.str;break}case Ee:case Ke:{l();let p={insert:c.content.getContent()[0]};if(i.size>0){let u={};p.attributes=u,i.forEach((h,f)=>{u[f]=h})}r.push(p);break}case M:St(c,e)&&(l(),Ut(i,c.content));break}c=c.right}l()};return e||n?E(s,p=>{e&&Or(p,e),n&&Or(p,n),d()},"cleanup"):d(),r}insert(e,n,o){if(n.length<=0)return;let r=this.doc;r!==null?E(r,i=>{let s=co(i,this,e,!o);o||(o={},s.currentAttributes.forEach((a,c)=>{o[c]=a})),Tr(i,this,s,n,o)}):this._pending.push(()=>this.insert(e,n,o))}insertEmbed(e,n,o){let r=this.doc;r!==null?E(r,i=>{let s=co(i,this,e,!o);Tr(i,this,s,n,o||{})}):this._pending.push(()=>this.insertEmbed(e,n,o||{}))}delete(e,n){if(n===0)return;let o=this.doc;o!==null?E(o,r=>{Xs(r,co(r,this,e,!0),n)}):this._pending.push(()=>this.delete(e,n))}format(e,n,o){if(n===0)return;let r=this.doc;r!==null?E(r,i=>{let s=co(i,this,e,!1);s.right!==null&&Qs(i,this,s,n,o)}):this._pending.push(()=>this.format(e,n,o))}removeAttribute(e){this.doc!==null?E(this.doc,n=>{bo(n,this,e)}):this._pending.push(()=>this.removeAttribute(e))}setAttribute(e,n){this.doc!==null?E(this.doc,o=>{Jr(o,this,e,n)}):this._pending.push(()=>this.setAttribute(e,n))}getAttribute(e){return Kr(this,e)}getAttributes(){return Sa(this)}_write(e){e.writeTypeRef(gp)}},Xd=t=>new he,on=class{constructor(e,n=()=>!0){this._filter=n,this._root=e,this._currentNode=e._start,this._firstCall=!0,e.doc??F()}[Symbol.iterator](){return this}next(){let e=this._currentNode,n=e&&e.content&&e.content.type;if(e!==null&&(!this._firstCall||e.deleted||!this._filter(n)))do if(n=e.content.type,!e.deleted&&(n.constructor===dn||n.constructor===Ct)&&n._start!==null)e=n._start;else for(;e!==null;){let o=e.next;if(o!==null){e=o;break}else e.parent===this._root?e=null:e=e.parent._item}while(e!==null&&(e.deleted||!this._filter(e.content.type)));return this._firstCall=!1,e===null?{value:void 0,done:!0}:(this._currentNode=e,{value:e.content.type,done:!1})}},Ct=class t extends D{constructor(){super(),this._prelimContent=[]}get firstChild(){let e=this._first;return e?e.content.getContent()[0]:null}_integrate(e,n){super._integrate(e,n),this.insert(0,this._prelimContent),this._prelimContent=null}_copy(){return new t}clone(){let e=new t;return e.insert(0,this.toArray().map(n=>n instanceof D?n.clone():n)),e}get length(){return this.doc??F(),this._prelimContent===null?this._length:this._prelimContent.length}createTreeWalker(e){return new on(this,e)}querySelector(e){e=e.toUpperCase();let o=new on(this,r=>r.nodeName&&r.nodeName.toUpperCase()===e).next();return o.done?null:o.value}querySelectorAll(e){return e=e.toUpperCase(),ie(new on(this,n=>n.nodeName&&n.nodeName.toUpperCase()===e))}_callObserver(e,n){Eo(this,e,new Lr(this,n,e))}toString(){return ya(this,e=>e.toString()).join("")}toJSON(){return this.toString()}toDOM(e=document,n={},o){let r=e.createDocumentFragment();return o!==void 0&&o._createAssociation(r,this),cn(this,i=>{r.insertBefore(i.toDOM(e,n,o),null)}),r}insert(e,n){this.doc!==null?E(this.doc,o=>{xa(o,this,e,n)}):this._prelimContent.splice(e,0,...n)}insertAfter(e,n){if(this.doc!==null)E(this.doc,o=>{let r=e&&e instanceof D?e._item:e;vo(o,this,r,n)});else{let o=this._prelimContent,r=e===null?0:o.findIndex(i=>i===e)+1;if(r===0&&e!==null)throw Z("Reference item not found");o.splice(r,0,...n)}}delete(e,n=1){this.doc!==null?E(this.doc,o=>{ka(o,this,e,n)}):this._prelimContent.splice(e,n)}toArray(){return wa(this)}push(e){this.insert(this.length,e)}unshift(e){this.insert(0,e)}get(e){return va(this,e)}slice(e=0,n=this.length){return ga(this,e,n)}forEach(e){cn(this,e)}_write(e){e.writeTypeRef(yp)}},Zd=t=>new Ct,dn=class t extends Ct{constructor(e="UNDEFINED"){super(),this.nodeName=e,this._prelimAttrs=new Map}get nextSibling(){let e=this._item?this._item.next:null;return e?e.content.type:null}get prevSibling(){let e=this._item?this._item.prev:null;return e?e.content.type:null}_integrate(e,n){super._integrate(e,n),this._prelimAttrs.forEach((o,r)=>{this.setAttribute(r,o)}),this._prelimAttrs=null}_copy(){return new t(this.nodeName)}clone(){let e=new t(this.nodeName),n=this.getAttributes();return ss(n,(o,r)=>{e.setAttribute(r,o)}),e.insert(0,this.toArray().map(o=>o instanceof D?o.clone():o)),e}toString(){let e=this.getAttributes(),n=[],o=[];for(let a in e)o.push(a);o.sort();let r=o.length;for(let a=0;a<r;a++){let c=o[a];n.push(c+'="'+e[c]+'"')}let i=this.nodeName.toLocaleLowerCase(),s=n.length>0?" "+n.join(" "):"";return`<${i}${s}>${super.toString()}</${i}>`}removeAttribute(e){this.doc!==null?E(this.doc,n=>{bo(n,this,e)}):this._prelimAttrs.delete(e)}setAttribute(e,n){this.doc!==null?E(this.doc,o=>{Jr(o,this,e,n)}):this._prelimAttrs.set(e,n)}getAttribute(e){return Kr(this,e)}hasAttribute(e){return $a(this,e)}getAttributes(e){return e?Wd(this,e):Sa(this)}toDOM(e=document,n={},o){let r=e.createElement(this.nodeName),i=this.getAttributes();for(let s in i){let a=i[s];typeof a=="string"&&r.setAttribute(s,a)}return cn(this,s=>{r.appendChild(s.toDOM(e,n,o))}),o!==void 0&&o._createAssociation(r,this),r}_write(e){e.writeTypeRef(wp),e.writeKey(this.nodeName)}},ep=t=>new dn(t.readKey()),Lr=class extends Et{constructor(e,n,o){super(e,o),this.childListChanged=!1,this.attributesChanged=new Set,n.forEach(r=>{r===null?this.childListChanged=!0:this.attributesChanged.add(r)})}},Vr=class t extends z{constructor(e){super(),this.hookName=e}_copy(){return new t(this.hookName)}clone(){let e=new t(this.hookName);return this.forEach((n,o)=>{e.set(o,n)}),e}toDOM(e=document,n={},o){let r=n[this.hookName],i;return r!==void 0?i=r.createDom(this):i=document.createElement(this.hookName),i.setAttribute("data-yjs-hook",this.hookName),o!==void 0&&o._createAssociation(i,this),i}_write(e){e.writeTypeRef(vp),e.writeKey(this.hookName)}},tp=t=>new Vr(t.readKey()),jr=class t extends he{get nextSibling(){let e=this._item?this._item.next:null;return e?e.content.type:null}get prevSibling(){let e=this._item?this._item.prev:null;return e?e.content.type:null}_copy(){return new t}clone(){let e=new t;return e.applyDelta(this.toDelta()),e}toDOM(e=document,n,o){let r=e.createTextNode(this.toString());return o!==void 0&&o._createAssociation(r,this),r}toString(){return this.toDelta().map(e=>{let n=[];for(let r in e.attributes){let i=[];for(let s in e.attributes[r])i.push({key:s,value:e.attributes[r][s]});i.sort((s,a)=>s.key<a.key?-1:1),n.push({nodeName:r,attrs:i})}n.sort((r,i)=>r.nodeName<i.nodeName?-1:1);let o="";for(let r=0;r<n.length;r++){let i=n[r];o+=`<${i.nodeName}`;for(let s=0;s<i.attrs.length;s++){let a=i.attrs[s];o+=` ${a.key}="${a.value}"`}o+=">"}o+=e.insert;for(let r=n.length-1;r>=0;r--)o+=`</${n[r].nodeName}>`;return o}).join("")}toJSON(){return this.toString()}_write(e){e.writeTypeRef(bp)}},np=t=>new jr,pn=class{constructor(e,n){this.id=e,this.length=n}get deleted(){throw ee()}mergeWith(e){return!1}write(e,n,o){throw ee()}integrate(e,n){throw ee()}},op=0,J=class extends pn{get deleted(){return!0}delete(){}mergeWith(e){return this.constructor!==e.constructor?!1:(this.length+=e.length,!0)}integrate(e,n){n>0&&(this.id.clock+=n,this.length-=n),da(e.doc.store,this)}write(e,n){e.writeInfo(op),e.writeLen(this.length-n)}getMissing(e,n){return null}},un=class t{constructor(e){this.content=e}getLength(){return 1}getContent(){return[this.content]}isCountable(){return!0}copy(){return new t(this.content)}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,n){}delete(e){}gc(e){}write(e,n){e.writeBuf(this.content)}getRef(){return 3}},rp=t=>new un(t.readBuf()),xo=class t{constructor(e){this.len=e}getLength(){return this.len}getContent(){return[]}isCountable(){return!1}copy(){return new t(this.len)}splice(e){let n=new t(this.len-e);return this.len=e,n}mergeWith(e){return this.len+=e.len,!0}integrate(e,n){uo(e.deleteSet,n.id.client,n.id.clock,this.len),n.markDeleted()}delete(e){}gc(e){}write(e,n){e.writeLen(this.len-n)}getRef(){return 1}},ip=t=>new xo(t.readLen()),Ua=(t,e)=>new He({guid:t,...e,shouldLoad:e.shouldLoad||e.autoLoad||!1}),hn=class t{constructor(e){e._item&&console.error("This document was already integrated as a sub-document. You should create a second instance instead with the same guid."),this.doc=e;let n={};this.opts=n,e.gc||(n.gc=!1),e.autoLoad&&(n.autoLoad=!0),e.meta!==null&&(n.meta=e.meta)}getLength(){return 1}getContent(){return[this.doc]}isCountable(){return!0}copy(){return new t(Ua(this.doc.guid,this.opts))}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,n){this.doc._item=n,e.subdocsAdded.add(this.doc),this.doc.shouldLoad&&e.subdocsLoaded.add(this.doc)}delete(e){e.subdocsAdded.has(this.doc)?e.subdocsAdded.delete(this.doc):e.subdocsRemoved.add(this.doc)}gc(e){}write(e,n){e.writeString(this.doc.guid),e.writeAny(this.opts)}getRef(){return 9}},sp=t=>new hn(Ua(t.readString(),t.readAny())),Ke=class t{constructor(e){this.embed=e}getLength(){return 1}getContent(){return[this.embed]}isCountable(){return!0}copy(){return new t(this.embed)}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,n){}delete(e){}gc(e){}write(e,n){e.writeJSON(this.embed)}getRef(){return 5}},ap=t=>new Ke(t.readJSON()),M=class t{constructor(e,n){this.key=e,this.value=n}getLength(){return 1}getContent(){return[]}isCountable(){return!1}copy(){return new t(this.key,this.value)}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,n){let o=n.parent;o._searchMarker=null,o._hasFormatting=!0}delete(e){}gc(e){}write(e,n){e.writeKey(this.key),e.writeJSON(this.value)}getRef(){return 6}},cp=t=>new M(t.readKey(),t.readJSON()),Br=class t{constructor(e){this.arr=e}getLength(){return this.arr.length}getContent(){return this.arr}isCountable(){return!0}copy(){return new t(this.arr)}splice(e){let n=new t(this.arr.slice(e));return this.arr=this.arr.slice(0,e),n}mergeWith(e){return this.arr=this.arr.concat(e.arr),!0}integrate(e,n){}delete(e){}gc(e){}write(e,n){let o=this.arr.length;e.writeLen(o-n);for(let r=n;r<o;r++){let i=this.arr[r];e.writeString(i===void 0?"undefined":JSON.stringify(i))}}getRef(){return 2}},lp=t=>{let e=t.readLen(),n=[];for(let o=0;o<e;o++){let r=t.readString();r==="undefined"?n.push(void 0):n.push(JSON.parse(r))}return new Br(n)},dp=Yt("node_env")==="development",At=class t{constructor(e){this.arr=e,dp&&lr(e)}getLength(){return this.arr.length}getContent(){return this.arr}isCountable(){return!0}copy(){return new t(this.arr)}splice(e){let n=new t(this.arr.slice(e));return this.arr=this.arr.slice(0,e),n}mergeWith(e){return this.arr=this.arr.concat(e.arr),!0}integrate(e,n){}delete(e){}gc(e){}write(e,n){let o=this.arr.length;e.writeLen(o-n);for(let r=n;r<o;r++){let i=this.arr[r];e.writeAny(i)}}getRef(){return 8}},pp=t=>{let e=t.readLen(),n=[];for(let o=0;o<e;o++)n.push(t.readAny());return new At(n)},$e=class t{constructor(e){this.str=e}getLength(){return this.str.length}getContent(){return this.str.split("")}isCountable(){return!0}copy(){return new t(this.str)}splice(e){let n=new t(this.str.slice(e));this.str=this.str.slice(0,e);let o=this.str.charCodeAt(e-1);return o>=55296&&o<=56319&&(this.str=this.str.slice(0,e-1)+"�",n.str="�"+n.str.slice(1)),n}mergeWith(e){return this.str+=e.str,!0}integrate(e,n){}delete(e){}gc(e){}write(e,n){e.writeString(n===0?this.str:this.str.slice(n))}getRef(){return 4}},up=t=>new $e(t.readString()),hp=[Hd,Yd,Xd,ep,Zd,tp,np],mp=0,fp=1,gp=2,wp=3,yp=4,vp=5,bp=6,Ee=class t{constructor(e){this.type=e}getLength(){return 1}getContent(){return[this.type]}isCountable(){return!0}copy(){return new t(this.type._copy())}splice(e){throw ee()}mergeWith(e){return!1}integrate(e,n){this.type._integrate(e.doc,n)}delete(e){let n=this.type._start;for(;n!==null;)n.deleted?n.id.clock<(e.beforeState.get(n.id.client)||0)&&e._mergeStructs.push(n):n.delete(e),n=n.right;this.type._map.forEach(o=>{o.deleted?o.id.clock<(e.beforeState.get(o.id.client)||0)&&e._mergeStructs.push(o):o.delete(e)}),e.changed.delete(this.type)}gc(e){let n=this.type._start;for(;n!==null;)n.gc(e,!0),n=n.right;this.type._start=null,this.type._map.forEach(o=>{for(;o!==null;)o.gc(e,!0),o=o.left}),this.type._map=new Map}write(e,n){this.type._write(e)}getRef(){return 7}},xp=t=>new Ee(hp[t.readTypeRef()](t));var ko=(t,e,n)=>{let{client:o,clock:r}=e.id,i=new L(k(o,r+n),e,k(o,r+n-1),e.right,e.rightOrigin,e.parent,e.parentSub,e.content.splice(n));return e.deleted&&i.markDeleted(),e.keep&&(i.keep=!0),e.redone!==null&&(i.redone=k(e.redone.client,e.redone.clock+n)),e.right=i,i.right!==null&&(i.right.left=i),t._mergeStructs.push(i),i.parentSub!==null&&i.right===null&&i.parent._map.set(i.parentSub,i),e.length=n,i};var L=class t extends pn{constructor(e,n,o,r,i,s,a,c){super(e,c.getLength()),this.origin=o,this.left=n,this.right=r,this.rightOrigin=i,this.parent=s,this.parentSub=a,this.redone=null,this.content=c,this.info=this.content.isCountable()?2:0}set marker(e){(this.info&8)>0!==e&&(this.info^=8)}get marker(){return(this.info&8)>0}get keep(){return(this.info&1)>0}set keep(e){this.keep!==e&&(this.info^=1)}get countable(){return(this.info&2)>0}get deleted(){return(this.info&4)>0}set deleted(e){this.deleted!==e&&(this.info^=4)}markDeleted(){this.info|=4}getMissing(e,n){if(this.origin&&this.origin.client!==this.id.client&&this.origin.clock>=P(n,this.origin.client))return this.origin.client;if(this.rightOrigin&&this.rightOrigin.client!==this.id.client&&this.rightOrigin.clock>=P(n,this.rightOrigin.client))return this.rightOrigin.client;if(this.parent&&this.parent.constructor===_e&&this.id.client!==this.parent.client&&this.parent.clock>=P(n,this.parent.client))return this.parent.client;if(this.origin&&(this.left=Ws(e,n,this.origin),this.origin=this.left.lastId),this.rightOrigin&&(this.right=Oe(e,this.rightOrigin),this.rightOrigin=this.right.id),this.left&&this.left.constructor===J||this.right&&this.right.constructor===J)this.parent=null;else if(!this.parent)this.left&&this.left.constructor===t?(this.parent=this.left.parent,this.parentSub=this.left.parentSub):this.right&&this.right.constructor===t&&(this.parent=this.right.parent,this.parentSub=this.right.parentSub);else if(this.parent.constructor===_e){let o=Ar(n,this.parent);o.constructor===J?this.parent=null:this.parent=o.content.type}return null}integrate(e,n){if(n>0&&(this.id.clock+=n,this.left=Ws(e,e.doc.store,k(this.id.client,this.id.clock-1)),this.origin=this.left.lastId,this.content=this.content.splice(n),this.length-=n),this.parent){if(!this.left&&(!this.right||this.right.left!==null)||this.left&&this.left.right!==this.right){let o=this.left,r;if(o!==null)r=o.right;else if(this.parentSub!==null)for(r=this.parent._map.get(this.parentSub)||null;r!==null&&r.left!==null;)r=r.left;else r=this.parent._start;let i=new Set,s=new Set;for(;r!==null&&r!==this.right;){if(s.add(r),i.add(r),so(this.origin,r.origin)){if(r.id.client<this.id.client)o=r,i.clear();else if(so(this.rightOrigin,r.rightOrigin))break}else if(r.origin!==null&&s.has(Ar(e.doc.store,r.origin)))i.has(Ar(e.doc.store,r.origin))||(o=r,i.clear());else break;r=r.right}this.left=o}if(this.left!==null){let o=this.left.right;this.right=o,this.left.right=this}else{let o;if(this.parentSub!==null)for(o=this.parent._map.get(this.parentSub)||null;o!==null&&o.left!==null;)o=o.left;else o=this.parent._start,this.parent._start=this;this.right=o}this.right!==null?this.right.left=this:this.parentSub!==null&&(this.parent._map.set(this.parentSub,this),this.left!==null&&this.left.delete(e)),this.parentSub===null&&this.countable&&!this.deleted&&(this.parent._length+=this.length),da(e.doc.store,this),this.content.integrate(e,this),Ys(e,this.parent,this.parentSub),(this.parent._item!==null&&this.parent._item.deleted||this.parentSub!==null&&this.right!==null)&&this.delete(e)}else new J(this.id,this.length).integrate(e,0)}get next(){let e=this.right;for(;e!==null&&e.deleted;)e=e.right;return e}get prev(){let e=this.left;for(;e!==null&&e.deleted;)e=e.left;return e}get lastId(){return this.length===1?this.id:k(this.id.client,this.id.clock+this.length-1)}mergeWith(e){if(this.constructor===e.constructor&&so(e.origin,this.lastId)&&this.right===e&&so(this.rightOrigin,e.rightOrigin)&&this.id.client===e.id.client&&this.id.clock+this.length===e.id.clock&&this.deleted===e.deleted&&this.redone===null&&e.redone===null&&this.content.constructor===e.content.constructor&&this.content.mergeWith(e.content)){let n=this.parent._searchMarker;return n&&n.forEach(o=>{o.p===e&&(o.p=this,!this.deleted&&this.countable&&(o.index-=this.length))}),e.keep&&(this.keep=!0),this.right=e.right,this.right!==null&&(this.right.left=this),this.length+=e.length,!0}return!1}delete(e){if(!this.deleted){let n=this.parent;this.countable&&this.parentSub===null&&(n._length-=this.length),this.markDeleted(),uo(e.deleteSet,this.id.client,this.id.clock,this.length),Ys(e,n,this.parentSub),this.content.delete(e)}}gc(e,n){if(!this.deleted)throw Y();this.content.gc(e),n?Od(e,this,new J(this.id,this.length)):this.content=new xo(this.length)}write(e,n){let o=n>0?k(this.id.client,this.id.clock+n-1):this.origin,r=this.rightOrigin,i=this.parentSub,s=this.content.getRef()&31|(o===null?0:128)|(r===null?0:64)|(i===null?0:32);if(e.writeInfo(s),o!==null&&e.writeLeftID(o),r!==null&&e.writeRightID(r),o===null&&r===null){let a=this.parent;if(a._item!==void 0){let c=a._item;if(c===null){let l=Ud(a);e.writeParentInfo(!0),e.writeString(l)}else e.writeParentInfo(!1),e.writeLeftID(c.id)}else a.constructor===String?(e.writeParentInfo(!0),e.writeString(a)):a.constructor===_e?(e.writeParentInfo(!1),e.writeLeftID(a)):Y();i!==null&&e.writeString(i)}this.content.write(e,n)}},_a=(t,e)=>kp[e&31](t),kp=[()=>{Y()},ip,lp,rp,up,ap,cp,xp,pp,sp,()=>{Y()}],Sp=10,K=class extends pn{get deleted(){return!0}delete(){}mergeWith(e){return this.constructor!==e.constructor?!1:(this.length+=e.length,!0)}integrate(e,n){Y()}write(e,n){e.writeInfo(Sp),y(e.restEncoder,this.length-n)}getMissing(e,n){return null}},Ia=typeof globalThis<"u"?globalThis:typeof window<"u"?window:typeof global<"u"?global:{},Oa="__ $YJS$ __";Ia[Oa]===!0&&console.error("Yjs was already imported. This breaks constructor checks and will lead to issues! - https://github.com/yjs/yjs/issues/438");Ia[Oa]=!0;var Ma=new Map,Qr=class{constructor(e){this.room=e,this.onmessage=null,this._onChange=n=>n.key===e&&this.onmessage!==null&&this.onmessage({data:ws(n.newValue||"")}),ts(this._onChange)}postMessage(e){Vn.setItem(this.room,gs(fs(e)))}close(){ns(this._onChange)}},$p=typeof BroadcastChannel>"u"?Qr:BroadcastChannel,Xr=t=>X(Ma,t,()=>{let e=oe(),n=new $p(t);return n.onmessage=o=>e.forEach(r=>r(o.data,"broadcastchannel")),{bc:n,subs:e}}),Na=(t,e)=>(Xr(t).subs.add(e),e),Ra=(t,e)=>{let n=Xr(t),o=n.subs.delete(e);return o&&n.subs.size===0&&(n.bc.close(),Ma.delete(t)),o},Qe=(t,e,n=null)=>{let o=Xr(t);o.bc.postMessage(e),o.subs.forEach(r=>r(e,n))};var qa=0,Co=1,Pa=2,Ao=(t,e)=>{y(t,qa);let n=ca(e);T(t,n)},Zr=(t,e,n)=>{y(t,Co),T(t,ia(e,n))},Cp=(t,e,n)=>Zr(e,n,I(t)),La=(t,e,n,o)=>{try{ra(e,I(t),n)}catch(r){o?.(r),console.error("Caught error while handling a Yjs update",r)}},Va=(t,e)=>{y(t,Pa),T(t,e)},Ap=La,ja=(t,e,n,o,r)=>{let i=b(t);switch(i){case qa:Cp(t,e,n);break;case Co:La(t,n,o,r);break;case Pa:Ap(t,n,o,r);break;default:throw new Error("Unknown message type")}return i};var Up=0;var Ba=(t,e,n)=>{b(t)===Up&&n(e,se(t))};var ei=3e4,To=class extends it{constructor(e){super(),this.doc=e,this.clientID=e.clientID,this.states=new Map,this.meta=new Map,this._checkInterval=setInterval(()=>{let n=ce();this.getLocalState()!==null&&ei/2<=n-this.meta.get(this.clientID).lastUpdated&&this.setLocalState(this.getLocalState());let o=[];this.meta.forEach((r,i)=>{i!==this.clientID&&ei<=n-r.lastUpdated&&this.states.has(i)&&o.push(i)}),o.length>0&&Uo(this,o,"timeout")},j(ei/10)),e.on("destroy",()=>{this.destroy()}),this.setLocalState({})}destroy(){this.emit("destroy",[this]),this.setLocalState(null),super.destroy(),clearInterval(this._checkInterval)}getLocalState(){return this.states.get(this.clientID)||null}setLocalState(e){let n=this.clientID,o=this.meta.get(n),r=o===void 0?0:o.clock+1,i=this.states.get(n);e===null?this.states.delete(n):this.states.set(n,e),this.meta.set(n,{clock:r,lastUpdated:ce()});let s=[],a=[],c=[],l=[];e===null?l.push(n):i==null?e!=null&&s.push(n):(a.push(n),Ae(i,e)||c.push(n)),(s.length>0||c.length>0||l.length>0)&&this.emit("change",[{added:s,updated:c,removed:l},"local"]),this.emit("update",[{added:s,updated:a,removed:l},"local"])}setLocalStateField(e,n){let o=this.getLocalState();o!==null&&this.setLocalState({...o,[e]:n})}getStates(){return this.states}},Uo=(t,e,n)=>{let o=[];for(let r=0;r<e.length;r++){let i=e[r];if(t.states.has(i)){if(t.states.delete(i),i===t.clientID){let s=t.meta.get(i);t.meta.set(i,{clock:s.clock+1,lastUpdated:ce()})}o.push(i)}}o.length>0&&(t.emit("change",[{added:[],updated:[],removed:o},n]),t.emit("update",[{added:[],updated:[],removed:o},n]))},_t=(t,e,n=t.states)=>{let o=e.length,r=_();y(r,o);for(let i=0;i<o;i++){let s=e[i],a=n.get(s)||null,c=t.meta.get(s).clock;y(r,s),y(r,c),xe(r,JSON.stringify(a))}return $(r)};var Fa=(t,e,n)=>{let o=ae(e),r=ce(),i=[],s=[],a=[],c=[],l=b(o);for(let d=0;d<l;d++){let p=b(o),u=b(o),h=JSON.parse(se(o)),f=t.meta.get(p),x=t.states.get(p),N=f===void 0?0:f.clock;(N<u||N===u&&h===null&&t.states.has(p))&&(h===null?p===t.clientID&&t.getLocalState()!=null?u++:t.states.delete(p):t.states.set(p,h),t.meta.set(p,{clock:u,lastUpdated:r}),f===void 0&&h!==null?i.push(p):f!==void 0&&h===null?c.push(p):h!==null&&(Ae(h,x)||a.push(p),s.push(p)))}(i.length>0||a.length>0||c.length>0)&&t.emit("change",[{added:i,updated:a,removed:c},n]),(i.length>0||s.length>0||c.length>0)&&t.emit("update",[{added:i,updated:s,removed:c},n])};var za=t=>as(t,(e,n)=>`${encodeURIComponent(n)}=${encodeURIComponent(e)}`).join("&");var Xe=0,Wa=3,It=1,Dp=2,mn=[];mn[Xe]=(t,e,n,o,r)=>{y(t,Xe);let i=ja(e,t,n.doc,n);o&&i===Co&&!n.synced&&(n.synced=!0)};mn[Wa]=(t,e,n,o,r)=>{y(t,It),T(t,_t(n.awareness,Array.from(n.awareness.getStates().keys())))};mn[It]=(t,e,n,o,r)=>{Fa(n.awareness,I(e),n)};mn[Dp]=(t,e,n,o,r)=>{Ba(e,n.doc,(i,s)=>Mp(n,s))};var Ga=3e4,Mp=(t,e)=>console.warn(`Permission denied to access ${t.url}.
${e}`),Ha=(t,e,n)=>{let o=ae(e),r=_(),i=b(o),s=t.messageHandlers[i];return s?s(r,o,t,n,i):console.error("Unable to compute message"),r},Ya=t=>{if(t.shouldConnect&&t.ws===null){let e=new t._WS(t.url);e.binaryType="arraybuffer",t.ws=e,t.wsconnecting=!0,t.wsconnected=!1,t.synced=!1,e.onmessage=n=>{t.wsLastMessageReceived=ce();let o=Ha(t,new Uint8Array(n.data),!0);Dn(o)>1&&e.send($(o))},e.onerror=n=>{t.emit("connection-error",[n,t])},e.onclose=n=>{t.emit("connection-close",[n,t]),t.ws=null,t.wsconnecting=!1,t.wsconnected?(t.wsconnected=!1,t.synced=!1,Uo(t.awareness,Array.from(t.awareness.getStates().keys()).filter(o=>o!==t.doc.clientID),t),t.emit("status",[{status:"disconnected"}])):t.wsUnsuccessfulReconnects++,setTimeout(Ya,st(Bi(2,t.wsUnsuccessfulReconnects)*100,t.maxBackoffTime),t)},e.onopen=()=>{t.wsLastMessageReceived=ce(),t.wsconnecting=!1,t.wsconnected=!0,t.wsUnsuccessfulReconnects=0,t.emit("status",[{status:"connected"}]);let n=_();if(y(n,Xe),Ao(n,t.doc),e.send($(n)),t.awareness.getLocalState()!==null){let o=_();y(o,It),T(o,_t(t.awareness,[t.doc.clientID])),e.send($(o))}},t.emit("status",[{status:"connecting"}])}},ti=(t,e)=>{let n=t.ws;t.wsconnected&&n&&n.readyState===n.OPEN&&n.send(e),t.bcconnected&&Qe(t.bcChannel,e,t)},_o=class extends it{constructor(e,n,o,{connect:r=!0,awareness:i=new To(o),params:s={},WebSocketPolyfill:a=WebSocket,resyncInterval:c=-1,maxBackoffTime:l=2500,disableBc:d=!1}={}){for(super();e[e.length-1]==="/";)e=e.slice(0,e.length-1);let p=za(s);this.maxBackoffTime=l,this.bcChannel=e+"/"+n,this.url=e+"/"+n+(p.length===0?"":"?"+p),this.roomname=n,this.doc=o,this._WS=a,this.awareness=i,this.wsconnected=!1,this.wsconnecting=!1,this.bcconnected=!1,this.disableBc=d,this.wsUnsuccessfulReconnects=0,this.messageHandlers=mn.slice(),this._synced=!1,this.ws=null,this.wsLastMessageReceived=0,this.shouldConnect=r,this._resyncInterval=0,c>0&&(this._resyncInterval=setInterval(()=>{if(this.ws&&this.ws.readyState===WebSocket.OPEN){let u=_();y(u,Xe),Ao(u,o),this.ws.send($(u))}},c)),this._bcSubscriber=(u,h)=>{if(h!==this){let f=Ha(this,new Uint8Array(u),!1);Dn(f)>1&&Qe(this.bcChannel,$(f),this)}},this._updateHandler=(u,h)=>{if(h!==this){let f=_();y(f,Xe),Va(f,u),ti(this,$(f))}},this.doc.on("update",this._updateHandler),this._awarenessUpdateHandler=({added:u,updated:h,removed:f},x)=>{let N=u.concat(h).concat(f),Ne=_();y(Ne,It),T(Ne,_t(i,N)),ti(this,$(Ne))},this._exitHandler=()=>{Uo(this.awareness,[o.clientID],"app closed")},ke&&typeof process<"u"&&process.on("exit",this._exitHandler),i.on("update",this._awarenessUpdateHandler),this._checkInterval=setInterval(()=>{this.wsconnected&&Ga<ce()-this.wsLastMessageReceived&&this.ws.close()},Ga/10),r&&this.connect()}get synced(){return this._synced}set synced(e){this._synced!==e&&(this._synced=e,this.emit("synced",[e]),this.emit("sync",[e]))}destroy(){this._resyncInterval!==0&&clearInterval(this._resyncInterval),clearInterval(this._checkInterval),this.disconnect(),ke&&typeof process<"u"&&process.off("exit",this._exitHandler),this.awareness.off("update",this._awarenessUpdateHandler),this.doc.off("update",this._updateHandler),super.destroy()}connectBc(){if(this.disableBc)return;this.bcconnected||(Na(this.bcChannel,this._bcSubscriber),this.bcconnected=!0);let e=_();y(e,Xe),Ao(e,this.doc),Qe(this.bcChannel,$(e),this);let n=_();y(n,Xe),Zr(n,this.doc),Qe(this.bcChannel,$(n),this);let o=_();y(o,Wa),Qe(this.bcChannel,$(o),this);let r=_();y(r,It),T(r,_t(this.awareness,[this.doc.clientID])),Qe(this.bcChannel,$(r),this)}disconnectBc(){let e=_();y(e,It),T(e,_t(this.awareness,[this.doc.clientID],new Map)),ti(this,$(e)),this.bcconnected&&(Ra(this.bcChannel,this._bcSubscriber),this.bcconnected=!1)}disconnect(){this.shouldConnect=!1,this.disconnectBc(),this.ws!==null&&this.ws.close()}connect(){this.shouldConnect=!0,!this.wsconnected&&this.ws===null&&(Ya(this),this.connectBc())}};var me=class{constructor(e){this.value=e}valueOf(){return this.value}},C=class extends me{constructor(e="???"){super(e)}toString(e){return`{${this.value}}`}},Q=class extends me{constructor(e,n={}){super(e),this.opts=n}toString(e){if(e)try{return e.memoizeIntlObject(Intl.NumberFormat,this.opts).format(this.value)}catch(n){e.reportError(n)}return this.value.toString(10)}},fe=class t extends me{static supportsValue(e){if(typeof e=="number"||e instanceof Date)return!0;if(e instanceof me)return t.supportsValue(e.valueOf());if("Temporal"in globalThis){let n=globalThis.Temporal;if(e instanceof n.Instant||e instanceof n.PlainDateTime||e instanceof n.PlainDate||e instanceof n.PlainMonthDay||e instanceof n.PlainTime||e instanceof n.PlainYearMonth)return!0}return!1}constructor(e,n={}){e instanceof t?(n={...e.opts,...n},e=e.value):e instanceof me&&(e=e.valueOf()),typeof e=="object"&&"calendarId"in e&&n.calendar===void 0&&(n={...n,calendar:e.calendarId}),super(e),this.opts=n}[Symbol.toPrimitive](e){return e==="string"?this.toString():this.toNumber()}toNumber(){let e=this.value;if(typeof e=="number")return e;if(e instanceof Date)return e.getTime();if("epochMilliseconds"in e)return e.epochMilliseconds;if("toZonedDateTime"in e)return e.toZonedDateTime("UTC").epochMilliseconds;throw new TypeError("Unwrapping a non-number value as a number")}toString(e){if(e)try{return e.memoizeIntlObject(Intl.DateTimeFormat,this.opts).format(this.value)}catch(n){e.reportError(n)}return typeof this.value=="number"||this.value instanceof Date?new Date(this.value).toISOString():this.value.toString()}};var Ja=100,Np="⁨",Rp="⁩";function qp(t,e,n){if(n===e||n instanceof Q&&e instanceof Q&&n.value===e.value)return!0;if(e instanceof Q&&typeof n=="string"){let o=t.memoizeIntlObject(Intl.PluralRules,e.opts).select(e.value);if(n===o)return!0}return!1}function Ka(t,e,n){return e[n]?Ot(t,e[n].value):(t.reportError(new RangeError("No default")),new C)}function ni(t,e){let n=[],o=Object.create(null);for(let r of e)r.type==="narg"?o[r.name]=fn(t,r.value):n.push(fn(t,r));return{positional:n,named:o}}function fn(t,e){switch(e.type){case"str":return e.value;case"num":return new Q(e.value,{minimumFractionDigits:e.precision});case"var":return Pp(t,e);case"mesg":return Lp(t,e);case"term":return Vp(t,e);case"func":return jp(t,e);case"select":return Bp(t,e);default:return new C}}function Pp(t,{name:e}){let n;if(t.params)if(Object.prototype.hasOwnProperty.call(t.params,e))n=t.params[e];else return new C(`$${e}`);else if(t.args&&Object.prototype.hasOwnProperty.call(t.args,e))n=t.args[e];else return t.reportError(new ReferenceError(`Unknown variable: $${e}`)),new C(`$${e}`);if(n instanceof me)return n;switch(typeof n){case"string":return n;case"number":return new Q(n);case"object":if(fe.supportsValue(n))return new fe(n);default:return t.reportError(new TypeError(`Variable type not supported: $${e}, ${typeof n}`)),new C(`$${e}`)}}function Lp(t,{name:e,attr:n}){let o=t.bundle._messages.get(e);if(!o)return t.reportError(new ReferenceError(`Unknown message: ${e}`)),new C(e);if(n){let r=o.attributes[n];return r?Ot(t,r):(t.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new C(`${e}.${n}`))}return o.value?Ot(t,o.value):(t.reportError(new ReferenceError(`No value: ${e}`)),new C(e))}function Vp(t,{name:e,attr:n,args:o}){let r=`-${e}`,i=t.bundle._terms.get(r);if(!i)return t.reportError(new ReferenceError(`Unknown term: ${r}`)),new C(r);if(n){let a=i.attributes[n];if(a){t.params=ni(t,o).named;let c=Ot(t,a);return t.params=null,c}return t.reportError(new ReferenceError(`Unknown attribute: ${n}`)),new C(`${r}.${n}`)}t.params=ni(t,o).named;let s=Ot(t,i.value);return t.params=null,s}function jp(t,{name:e,args:n}){let o=t.bundle._functions[e];if(!o)return t.reportError(new ReferenceError(`Unknown function: ${e}()`)),new C(`${e}()`);if(typeof o!="function")return t.reportError(new TypeError(`Function ${e}() is not callable`)),new C(`${e}()`);try{let r=ni(t,n);return o(r.positional,r.named)}catch(r){return t.reportError(r),new C(`${e}()`)}}function Bp(t,{selector:e,variants:n,star:o}){let r=fn(t,e);if(r instanceof C)return Ka(t,n,o);for(let i of n){let s=fn(t,i.key);if(qp(t,r,s))return Ot(t,i.value)}return Ka(t,n,o)}function oi(t,e){if(t.dirty.has(e))return t.reportError(new RangeError("Cyclic reference")),new C;t.dirty.add(e);let n=[],o=t.bundle._useIsolating&&e.length>1;for(let r of e){if(typeof r=="string"){n.push(t.bundle._transform(r));continue}if(t.placeables++,t.placeables>Ja)throw t.dirty.delete(e),new RangeError(`Too many placeables expanded: ${t.placeables}, max allowed is ${Ja}`);o&&n.push(Np),n.push(fn(t,r).toString(t)),o&&n.push(Rp)}return t.dirty.delete(e),n.join("")}function Ot(t,e){return typeof e=="string"?t.bundle._transform(e):oi(t,e)}var Io=class{constructor(e,n,o){this.dirty=new WeakSet,this.params=null,this.placeables=0,this.bundle=e,this.errors=n,this.args=o}reportError(e){if(!this.errors||!(e instanceof Error))throw e;this.errors.push(e)}memoizeIntlObject(e,n){let o=this.bundle._intls.get(e);o||(o={},this.bundle._intls.set(e,o));let r=JSON.stringify(n);return o[r]||(o[r]=new e(this.bundle.locales,n)),o[r]}};function ri(t,e){let n=Object.create(null);for(let[o,r]of Object.entries(t))e.includes(o)&&(n[o]=r.valueOf());return n}var Qa=["unitDisplay","currencyDisplay","useGrouping","minimumIntegerDigits","minimumFractionDigits","maximumFractionDigits","minimumSignificantDigits","maximumSignificantDigits"];function Xa(t,e){let n=t[0];if(n instanceof C)return new C(`NUMBER(${n.valueOf()})`);if(n instanceof Q)return new Q(n.valueOf(),{...n.opts,...ri(e,Qa)});if(n instanceof fe)return new Q(n.toNumber(),{...ri(e,Qa)});throw new TypeError("Invalid argument to NUMBER")}var Fp=["dateStyle","timeStyle","fractionalSecondDigits","dayPeriod","hour12","weekday","era","year","month","day","hour","minute","second","timeZoneName"];function Za(t,e){let n=t[0];if(n instanceof C)return new C(`DATETIME(${n.valueOf()})`);if(n instanceof fe||n instanceof Q)return new fe(n,ri(e,Fp));throw new TypeError("Invalid argument to DATETIME")}var ec=new Map;function tc(t){let e=Array.isArray(t)?t.join(" "):t,n=ec.get(e);return n===void 0&&(n=new Map,ec.set(e,n)),n}var gn=class{constructor(e,{functions:n,useIsolating:o=!0,transform:r=i=>i}={}){this._terms=new Map,this._messages=new Map,this.locales=Array.isArray(e)?e:[e],this._functions={NUMBER:Xa,DATETIME:Za,...n},this._useIsolating=o,this._transform=r,this._intls=tc(e)}hasMessage(e){return this._messages.has(e)}getMessage(e){return this._messages.get(e)}addResource(e,{allowOverrides:n=!1}={}){let o=[];for(let r=0;r<e.body.length;r++){let i=e.body[r];if(i.id.startsWith("-")){if(n===!1&&this._terms.has(i.id)){o.push(new Error(`Attempt to override an existing term: "${i.id}"`));continue}this._terms.set(i.id,i)}else{if(n===!1&&this._messages.has(i.id)){o.push(new Error(`Attempt to override an existing message: "${i.id}"`));continue}this._messages.set(i.id,i)}}return o}formatPattern(e,n=null,o=null){if(typeof e=="string")return this._transform(e);let r=new Io(this,o,n);try{return oi(r,e).toString(r)}catch(i){if(r.errors&&i instanceof Error)return r.errors.push(i),new C().toString(r);throw i}}};var ii=/^(-?[a-zA-Z][\w-]*) *= */gm,nc=/\.([a-zA-Z][\w-]*) *= */y,zp=/\*?\[/y,si=/(-?[0-9]+(?:\.([0-9]+))?)/y,Gp=/([a-zA-Z][\w-]*)/y,oc=/([$-])?([a-zA-Z][\w-]*)(?:\.([a-zA-Z][\w-]*))?/y,Wp=/^[A-Z][A-Z0-9_-]*$/,Oo=/([^{}\n\r]+)/y,Hp=/([^\\"\n\r]*)/y,rc=/\\([\\"])/y,ic=/\\u([a-fA-F0-9]{4})|\\U([a-fA-F0-9]{6})/y,Yp=/^\n+/,sc=/ +$/,Jp=/ *\r?\n/g,Kp=/( *)$/,Qp=/{\s*/y,ac=/\s*}/y,Xp=/\[\s*/y,Zp=/\s*] */y,eu=/\s*\(\s*/y,tu=/\s*->\s*/y,nu=/\s*:\s*/y,ou=/\s*,?\s*/y,ru=/\s+/y,wn=class{constructor(e){this.body=[],ii.lastIndex=0;let n=0;for(;;){let g=ii.exec(e);if(g===null)break;n=ii.lastIndex;try{this.body.push(c(g[1]))}catch(v){if(v instanceof SyntaxError)continue;throw v}}function o(g){return g.lastIndex=n,g.test(e)}function r(g,v){if(e[n]===g)return n++,!0;if(v)throw new v(`Expected ${g}`);return!1}function i(g,v){if(o(g))return n=g.lastIndex,!0;if(v)throw new v(`Expected ${g.toString()}`);return!1}function s(g){g.lastIndex=n;let v=g.exec(e);if(v===null)throw new SyntaxError(`Expected ${g.toString()}`);return n=g.lastIndex,v}function a(g){return s(g)[1]}function c(g){let v=d(),S=l();if(v===null&&Object.keys(S).length===0)throw new SyntaxError("Expected message value or attributes");return{id:g,value:v,attributes:S}}function l(){let g=Object.create(null);for(;o(nc);){let v=a(nc),S=d();if(S===null)throw new SyntaxError("Expected attribute value");g[v]=S}return g}function d(){let g;if(o(Oo)&&(g=a(Oo)),e[n]==="{"||e[n]==="}")return p(g?[g]:[],1/0);let v=Nt();return v?g?p([g,v],v.length):(v.value=Rt(v.value,Yp),p([v],v.length)):g?Rt(g,sc):null}function p(g=[],v){for(;;){if(o(Oo)){g.push(a(Oo));continue}if(e[n]==="{"){g.push(u());continue}if(e[n]==="}")throw new SyntaxError("Unbalanced closing brace");let ne=Nt();if(ne){g.push(ne),v=Math.min(v,ne.length);continue}break}let S=g.length-1,ye=g[S];typeof ye=="string"&&(g[S]=Rt(ye,sc));let Re=[];for(let ne of g)ne instanceof Do&&(ne=ne.value.slice(0,ne.value.length-v)),ne&&Re.push(ne);return Re}function u(){i(Qp,SyntaxError);let g=h();if(i(ac))return g;if(i(tu)){let v=N();return i(ac,SyntaxError),{type:"select",selector:g,...v}}throw new SyntaxError("Unclosed placeable")}function h(){if(e[n]==="{")return u();if(o(oc)){let[,g,v,S=null]=s(oc);if(g==="$")return{type:"var",name:v};if(i(eu)){let ye=f();if(g==="-")return{type:"term",name:v,attr:S,args:ye};if(Wp.test(v))return{type:"func",name:v,args:ye};throw new SyntaxError("Function names must be all upper-case")}return g==="-"?{type:"term",name:v,attr:S,args:[]}:{type:"mesg",name:v,attr:S}}return Mt()}function f(){let g=[];for(;;){switch(e[n]){case")":return n++,g;case void 0:throw new SyntaxError("Unclosed argument list")}g.push(x()),i(ou)}}function x(){let g=h();return g.type!=="mesg"?g:i(nu)?{type:"narg",name:g.name,value:Mt()}:g}function N(){let g=[],v=0,S;for(;o(zp);){r("*")&&(S=v);let ye=Ne(),Re=d();if(Re===null)throw new SyntaxError("Expected variant value");g[v++]={key:ye,value:Re}}if(v===0)return null;if(S===void 0)throw new SyntaxError("Expected default variant");return{variants:g,star:S}}function Ne(){i(Xp,SyntaxError);let g;return o(si)?g=nt():g={type:"str",value:a(Gp)},i(Zp,SyntaxError),g}function Mt(){if(o(si))return nt();if(e[n]==='"')return $n();throw new SyntaxError("Invalid expression")}function nt(){let[,g,v=""]=s(si),S=v.length;return{type:"num",value:parseFloat(g),precision:S}}function $n(){r('"',SyntaxError);let g="";for(;;){if(g+=a(Hp),e[n]==="\\"){g+=Go();continue}if(r('"'))return{type:"str",value:g};throw new SyntaxError("Unclosed string literal")}}function Go(){if(o(rc))return a(rc);if(o(ic)){let[,g,v]=s(ic),S=parseInt(g||v,16);return S<=55295||57344<=S?String.fromCodePoint(S):"�"}throw new SyntaxError("Unknown escape sequence")}function Nt(){let g=n;switch(i(ru),e[n]){case".":case"[":case"*":case"}":case void 0:return!1;case"{":return qt(e.slice(g,n))}return e[n-1]===" "?qt(e.slice(g,n)):!1}function Rt(g,v){return g.replace(v,"")}function qt(g){let v=g.replace(Jp,`
`),S=Kp.exec(g)[1].length;return new Do(v,S)}}},Do=class{constructor(e,n){this.value=e,this.length=n}};var cc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

language-name = English

## The drawing: markers, centre, legend

drawing-start = Start
drawing-end = End
drawing-centre = Customer satisfaction
drawing-moment = Moment of truth
drawing-satisfaction = Satisfaction (1–5)
drawing-curve = Satisfaction curve

## Channels: names and explanations

channel-InPerson = In person
channel-InPerson-tip = Face to face, at the premises.
channel-Phone = Phone
channel-Phone-tip = A phone call, from the first ring to the goodbye.
channel-Web = Web page
channel-Web-tip = The organisation's web pages.
channel-App = Mobile app
channel-App-tip = The organisation's mobile app.
channel-Email = E-mail
channel-Email-tip = A message the customer sends or receives by e-mail.
channel-Chat = Chat
channel-Chat-tip = A written conversation in real time.
channel-SocialMedia = Social media
channel-SocialMedia-tip = Posts, comments and messages on social networks.
channel-Advertising = Advertising
channel-Advertising-tip = An advertisement the customer sees or hears.
channel-PointOfSale = Point of sale
channel-PointOfSale-tip = The counter, shop or stand where the customer buys.
channel-ProductUse = Using the product
channel-ProductUse-tip = The customer using what they bought.
channel-WordOfMouth = Word of mouth
channel-WordOfMouth-tip = Someone tells the customer about the service.
channel-Other = Other
channel-Other-tip = Any other point of contact.

## Expectations: names and explanations

expectation-Warmth = Human warmth
expectation-Warmth-tip = To be treated kindly, as a person and not a number.
expectation-Speed = Speed and agility
expectation-Speed-tip = To be served quickly, without needless waiting.
expectation-Information = Correct, timely information
expectation-Information-tip = To get accurate information when it is needed.
expectation-Guarantees = Guarantees and kept promises
expectation-Guarantees-tip = That what was promised is delivered, and backed if it fails.
expectation-Advice = Advice
expectation-Advice-tip = To be guided towards the best choice for them.

## Principles: names, badge letters and explanations

principle-Reliability = Reliability
principle-Reliability-tip = Delivering exactly what was agreed, professionally and with clear procedures.
principle-Reliability-badge = R
principle-Credibility = Credibility
principle-Credibility-tip = Meeting the requirements and proving it with facts.
principle-Credibility-badge = C
principle-Attractiveness = Attractiveness
principle-Attractiveness-tip = Presentation, packaging and price that appeal to the customer.
principle-Attractiveness-badge = A
principle-Agility = Agility
principle-Agility-tip = Answers and information that are fast and exact.
principle-Agility-badge = G
principle-Interest = Interest
principle-Interest-tip = Clearing up doubts and solving the customer's problems.
principle-Interest-badge = I
principle-Teamwork = Teamwork with the customer
principle-Teamwork-tip = Giving customers the tools and news to solve problems themselves.
principle-Teamwork-badge = T

## Causes: names and explanations

cause-Apathy = Apathy
cause-Apathy-tip = Staff who do not care whether the customer is helped.
cause-BrushOff = Brush-off
cause-BrushOff-tip = Getting rid of the customer instead of helping.
cause-Coldness = Coldness
cause-Coldness-tip = Distant, unfriendly treatment.
cause-Superiority = Air of superiority
cause-Superiority-tip = Talking down to the customer.
cause-Robotism = Robotic treatment
cause-Robotism-tip = The same script for everyone, with no attention to the person.
cause-Rulebook = Rulebook first
cause-Rulebook-tip = Putting internal rules before the customer's need.
cause-Evasion = Evasive answers
cause-Evasion-tip = Avoiding clear answers or passing the customer on.
cause-BrokenPromise = Broken promise
cause-BrokenPromise-tip = Something promised that was not delivered.
cause-Misinformation = Misinformation
cause-Misinformation-tip = Information that is wrong, missing or contradictory.
cause-LongWait = Long wait
cause-LongWait-tip = Waiting longer than the customer finds reasonable.
cause-PoorCommunication = Poor communication
cause-PoorCommunication-tip = The customer is not told what is happening or what comes next.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Rate our service”
evaluation-RateOurService-tip = A quick prompt asking the customer to score the service.
evaluation-SuggestionBox = Suggestion box
evaluation-SuggestionBox-tip = A box or form where customers leave ideas and remarks.
evaluation-ServiceLine = Customer service line
evaluation-ServiceLine-tip = A phone line dedicated to customer questions and complaints.
evaluation-Email = E-mail
evaluation-Email-tip = An address where customers write to the organisation.
evaluation-ContactLink = Contact link
evaluation-ContactLink-tip = A contact form or link on the website.
evaluation-Pqr = Requests, complaints and claims (PQR)
evaluation-Pqr-tip = A formal channel for requests, complaints and claims.
evaluation-Survey = Survey
evaluation-Survey-tip = A questionnaire about the customer's experience.
evaluation-SocialMedia = Social media
evaluation-SocialMedia-tip = Listening to what customers say on social networks.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = this is not a text file; a Ciclo document is UTF-8 text in RON format
problem-empty = the file is empty; create a cycle with \`ciclo new -o FILE.ron\`
problem-json = this looks like JSON; Ciclo documents are RON, starting with \`(\` and \`format: 1\` (see docs/FORMAT.md)
# $hint is problem-did-you-mean, or nothing; $valid the valid names, as code.
problem-unknown-field = unknown field \`{ $found }\`{ $hint }; valid fields are { $valid }
problem-unknown-value = unknown value \`{ $found }\`{ $hint }; valid values are { $valid }
problem-did-you-mean = {" "}— did you mean \`{ $name }\`?
problem-missing-format = missing \`format: 1\` at the start of the document
problem-missing-field = the required field \`{ $field }\` is missing
problem-duplicate-field = the field \`{ $field }\` appears twice; keep one
problem-wrong-type = expected { $expected }, but found { $found }
# $expected is one of the expected-* messages below.
problem-expected = expected { $expected }
problem-unexpected-end = the file ends too early; a closing \`)\`, \`]\` or \`"\` is probably missing
problem-trailing-text = there is text after the document's closing \`)\`; remove it
problem-syntax = RON syntax error: { $detail }
problem-newer-format = this file has format { $found }: it was made by a newer Ciclo, and this version reads formats 1 to { $known }. Update Ciclo to open it
problem-bad-format = \`format: { $found }\` does not exist; use \`format: 1\` (or \`format: { $known }\` for a cycle with photos)
problem-duplicate-id = id { $id } is already used by another moment; give each moment its own id (or remove \`id\` to have one assigned)
problem-satisfaction = satisfaction { $score } is out of range; use a whole number from 1 to 5, or remove the field
problem-angle-range = angle { $angle } is not valid; use degrees from 0 up to (not including) 360, or remove \`angle\` to spread it evenly
problem-angle-order = angle { $angle } is not greater than the previous placed moment's ({ $previous }); angles must increase along the sequence, or remove \`angle\`
problem-empty-name = the moment has no visible name (it is empty or only spaces and invisible characters); give it one
where-moment = moment { $number }
where-moment-named = moment { $number } “{ $name }”
where-field = field \`{ $field }\`
expected-Id = a positive whole number (1, 2, 3…) that no other moment uses; or remove \`id\` and Ciclo assigns one
expected-StringEnd = the closing \`"\` of this text; a quote is missing
expected-String = a text in double quotes, like "Welcome"
expected-Score = a whole number from 1 to 5 (or remove the field)
expected-Integer = a whole number in range
expected-Float = a number
expected-Boolean = \`true\` or \`false\`
expected-List = a list in square brackets, like [A, B]
expected-ListEnd = a comma or the closing \`]\` of the list
expected-StructStart = an opening \`(\`
expected-StructEnd = a comma or a closing \`)\`
expected-Colon = a colon after the field name
expected-Identifier = a name without quotes, such as \`InPerson\` or \`Reliability\`

## Reading a file

load-cannot-read = { $path }: cannot read: { $error }
# $what is one of the special-* messages.
load-not-a-file = { $path }: this is { $what }, not a file; give the path of a .ron cycle
load-too-large = { $path }: the file is { $size } MiB; Ciclo opens documents of up to { $max } MiB. Is this the right file?
special-Directory = a folder
special-Pipe = a named pipe
special-Device = a device
special-Socket = a socket
special-Other = not a regular file

## Saving and exporting

save-missing-folder = { $path }: cannot save: the folder { $folder } does not exist. Create it first or choose another folder.
save-not-a-folder = { $path }: cannot save: { $folder } is a file, not a folder. Choose another folder.
save-exists = { $path } already exists; choose another name or add --force to replace it
save-broken-link = { $path } is a link to { $target }, which does not exist; choose another name, or add --force to write { $target }
save-is-the-input = { $path } is the input file; writing there would destroy it. Choose another output name.
# $previous is "unchanged" when a file was there before, "new" otherwise.
save-io = { $path }: cannot save: { $error }.{ $previous ->
        [unchanged] {" "}The previous file is unchanged.
       *[new] {""}
    } Check that the folder is writable and the disk has room, or choose another place.
export-size = A picture of { $width }×{ $height } pixels is not possible: width and height must be between { $min } and { $max }. Choose another size.
export-unknown-format = { $name }: cannot tell which format to write. Name the file .png or .svg.
export-render = The picture could not be drawn ({ $detail }). Try a smaller size or the other format.

## The analysis (check --summary, the report, the window's Analysis)

moment = Moment
moments-of-truth = Moments of truth
critical-moments = Critical moments
average-satisfaction = Average satisfaction
total = Total
decimal-separator = .
moments-count = { $count ->
        [one] { $count } moment
       *[other] { $count } moments
    }
# "3 of 10 (30%)"
critical-line = { $critical } of { $moments } ({ $percent }%)
# "3.4 of 5 (8 of 10 scored)"; $average is already written with the decimal separator.
average-line = { $average } of 5 ({ $scored } of { $moments } scored)
average-none = no moment scored ({ $scored } of { $moments } scored)
missing-Improvement = no improvement action
missing-Owner = no owner
missing-Both = no improvement action and no owner
expectation-Warmth-short = Warmth
expectation-Speed-short = Speed
expectation-Information-short = Info
expectation-Guarantees-short = Guarantees
expectation-Advice-short = Advice
analysis-principles = Principles by moment
analysis-expectations = Expectations by moment
analysis-causes = Causes of dissatisfaction, by moments affected
analysis-no-causes = No cause of dissatisfaction recorded.
analysis-missing-plans = Critical moments without a plan
analysis-all-planned = Every critical moment has an improvement action and an owner.
analysis-no-critical = No moment is marked critical.
summary-no-moments = (no moments)
summary-critical-moment = critical moment

## A moment's card, the slides, the command line

critical-moment = Critical moment
# "Moment 3 of 12 · Phone"
card-kicker = Moment { $number } of { $count } · { $channel }
why = Why
expectations = Expectations
principles = Principles
satisfaction = Satisfaction
not-scored = Not scored
standard = Standard
improvement = Improvement
owner = Owner
# Words in slide file names (01-cycle.png, 02-moment-01.png): lower case, no spaces.
slides-cycle = cycle
slides-moment = moment
cli-new-cycle-title = New service cycle
cli-no-display = Ciclo could not open its window: no graphical display answered. Start it from a desktop session, or work without a window: \`ciclo export FILE.ron -o FILE.png\` draws a cycle, \`ciclo check FILE.ron\` checks it (see \`ciclo --help\`).

## The command line: its errors, warnings and status lines

# Put before each line of an error or warning; $message is the line.
cli-error = error: { $message }
cli-warning = warning: { $message }
# \`ciclo check\`, one line per valid file: "cycle.ron: ok, 12 moments, 3 critical".
cli-check-ok = { $file }: ok, { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }, { $critical } critical
cli-names-dropped = { $dropped } of { $moments } moments' names did not fit and were left out (their numbered nodes are drawn); export a larger picture with --width and --height to show every name
# \`ciclo slides\`, once the deck is written.
cli-slides-written = { $output }: { $count ->
        [one] { $count } slide
       *[other] { $count } slides
    }
cli-no-help-topic = there is no help topic \`{ $topic }\`; the topics are: { $topics }
# $option is width or height, as typed on the command line.
cli-side-out-of-range = --{ $option } { $value } is out of range; use { $min } to { $max } pixels
# $where is where-moment-named; $problem one of the photo-* problems.
cli-photo-unusable = { $file }: { $where }: { $problem }; its slides show a placeholder
cli-no-template = there is no template \`{ $name }\`; the templates are: { $names }
cli-template-broken = the template { $name } cannot be read: { $error }
cli-not-workshop-url = { $url } is not a workshop URL: it starts with ws:// or wss://, like ws://192.168.1.20:7420/cena?token=…
cli-no-window-build = this ciclo was built without its window (the cargo feature \`window\`); build it with the default features to design in the window, or use a command such as \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: a room is named after its file; give a file name in UTF-8
cli-serve-same-name = two files are named { $name }; rooms are named after their files, so rename one
cli-serve-empty-token = --token is empty; leave it out to get a random one
cli-serve-no-token = no random token could be drawn ({ $error }); give one with --token
cli-serve-cannot-listen = cannot listen on { $address }; another program may use port { $port }: choose another with --port
cli-serve-hosting = { $count ->
    [one] Hosting one room. Participants join with:
   *[other] Hosting { $count } rooms. Participants join with:
}
cli-serve-firewall = If others cannot connect, let TCP port { $port } through this computer's firewall.
cli-serve-stop-hint = Press Ctrl+C to stop; the files are written within 2 s of each change and on stop.
cli-serve-stopped = Stopped; every room is saved.
cli-serve-merged = { $file } was edited while no host ran; the edits are merged into the workshop's saved state.
cli-serve-state-unreadable = { $state } could not be read ({ $error }); the room starts afresh from { $file }, so participants who were in it should leave and join again.
cli-sync-cannot-read = { $file }: cannot read
cli-sync-refused = the workshop refused to let this in: { $reason }
cli-sync-no-answer = no answer from { $url } within 20 s; check the address and that the host is running
cli-sync-seeded = The room was empty: { $file } filled it.
cli-sync-follows = { $file } now follows the room.
cli-sync-keeping = Keeping { $file } in step with { $url }; Ctrl+C stops.
cli-sync-lost = Lost the connection; reconnecting (your edits are kept)…
cli-sync-connected = Connected again.
cli-sync-waiting = { $message }; waiting for the next save
cli-sync-renumbered = The new moment “{ $name }” is moment { $id } in the workshop (it was { $old } in the file).
# Why a file could not be read or written, for the commonest causes (others keep the system's words).
io-NotFound = there is no such file; check the name and the folder (\`ciclo new -o FILE.ron\` creates a cycle)
io-PermissionDenied = permission denied; ask for access to the file, or copy it into one of your folders

## The window

menu-file = File
menu-edit = Edit
menu-view = View
menu-language = Language
menu-help = Help
shortcuts = Keyboard shortcuts
about = About Ciclo
about-body = Ciclo draws service cycles: the moments of truth a customer lives through, on a clock face, with the critical ones marked. Build the cycle with the mouse and keyboard, analyse each moment in the inspector, and export the picture for your slides.
mouse-help = Mouse: drag a moment along the ring to move it; double-click the ring to add one there; drag empty space or use the middle button to pan; Ctrl+wheel zooms.
close = Close
cmd-new = New
cmd-open = Open…
cmd-save = Save
cmd-save-as = Save As…
cmd-export = Export…
cmd-quit = Quit
cmd-undo = Undo
cmd-redo = Redo
cmd-add = Add moment
cmd-insert-after = Insert after selected
cmd-delete = Delete moment
cmd-distribute = Distribute evenly
cmd-next = Select next
cmd-previous = Select previous
cmd-earlier = Move earlier
cmd-later = Move later
cmd-zoom-in = Zoom in
cmd-zoom-out = Zoom out
cmd-zoom-fit = Fit to view
cmd-select-none = Select none
cmd-canvas-only = Canvas only
tip-canvas-only = Hide the moment list and the inspector so the cycle gets the whole window; once more brings them back
a11y-moment = Moment { $number } of { $count }
a11y-critical = critical
a11y-satisfaction = satisfaction { $score } of 5
show-list = Moment list
show-inspector = Inspector
dropped-labels = Names left out
tip-dropped-labels = The picture has no room for every name. Make it larger (Export), shorten the names, or split the cycle.
new-from-template = New from template
recent-files = Recent files
no-recent = No recent files
theme = Theme
light = Light
dark = Dark
tip-add = Add a new moment of truth at the end of the cycle
tip-insert-after = Insert a new moment right after the selected one (Insert)
tip-delete = Remove the selected moment (Delete); Undo brings it back
tip-distribute = Forget the positions placed by hand and space the moments evenly around the ring
tip-zoom-fit = Show the whole picture (Ctrl+0)
tip-export = Save the slide picture as PNG or SVG
step-cycle = cycle details
step-rename = rename
step-moment = moment details
step-critical = critical mark
step-satisfaction = satisfaction
step-add = add moment
step-delete = delete moment
step-reorder = reorder
step-move = move on the ring
step-distribute = distribute evenly
add = Add
delete = Delete
up = Up
mark-critical = Mark as critical
unmark-critical = Not critical
insert-short = Insert after
down = Down
no-moments = No moments yet. Add one, or double-click the ring.
canvas = Service cycle canvas
empty-hint = Double-click the ring or press “Add moment” to begin
drag-hint = Drag along the ring to move it
name = Name
description = Description
channel = Channel
expectations-2 = Customer expectations
own-expectations = Other expectations
principles-2 = Principles of good service
evaluation = Evaluation
critical-moment-2 = Critical moment of truth
causes = What creates dissatisfaction
satisfaction-2 = Customer satisfaction (1–5)
clear = Clear
improvement-2 = Standard and improvement
standard-2 = Service standard
improvement-action = Improvement action
notes = Notes
service-cycle = Service cycle
nothing-selected = No moment selected: these are the details of the whole cycle.
title = Title
organization = Organization
customer = Customer
promise = Service promise
services = Service packages
primary-services = Primary services
secondary-services = Secondary services
evaluation-mechanisms = Evaluation mechanisms
document-language = Document language
add-item = + Add
remove-item = Remove this item
new-item = New item
sat-very-low = 1: very dissatisfied
sat-low = 2: dissatisfied
sat-mid = 3: neutral
sat-high = 4: satisfied
sat-very-high = 5: very satisfied
zoom = Zoom
untitled = Untitled
unsaved = unsaved changes
saved = Saved
exported = Exported
unsaved-title = Save changes?
unsaved-body = This cycle has changes that are not saved. Save them first?
dont-save = Don't save
cancel = Cancel
ok = OK
open-failed = The file could not be opened
save-failed = The cycle could not be saved
save-failed-hint = Your changes are still here, unsaved. Try Save As… to pick another folder.
export-failed = The picture could not be exported
recover-title = Restore unsaved work?
recover-body = Ciclo closed unexpectedly last time. A recovery copy of the unsaved cycle was kept.
restore = Restore
discard = Discard
export-title = Export picture
format = Format
size = Size
square = square
custom = Custom
pixels = Width × height
width = Width in pixels
height = Height in pixels
background = Background
white = White
transparent = Transparent
export-hint = The canvas shows the picture at this size: what you see is what you get.
tip-satisfaction-curve = Draw each moment's satisfaction score as a curve inside the ring, to show where the experience dips.
tip-png = A bitmap image, ready for slides
tip-svg = A vector drawing with editable text
text-as-paths = Text as outlines
tip-text-as-paths = SVG only: the text becomes shapes, so the picture looks the same on every computer, even one without Ciclo's font. Choose it for slides; the text can no longer be edited.
tip-moment = A moment of truth is any instant in which the customer meets the service (a person, a phone call, a web page, a sign) and judges its quality.
tip-cycle = The service cycle is the whole sequence of moments of truth a customer lives through to get the service, drawn clockwise on a clock face.
tip-name = A short name for the moment, drawn beside its node.
tip-description = What happens at this moment, seen from the customer's side.
tip-channel = How the customer meets the service here: in person, by phone, on the web…
tip-expectations = What the customer hopes to get at this moment.
tip-own-expectations = Expectations in your own words, beyond the usual five.
tip-critical = A critical moment of truth is one where the customer's needs are not met; the drawing marks it in red with a thicker outline.
tip-causes = Why the customer leaves this moment dissatisfied.
tip-satisfaction = How satisfied customers are with this moment, from 1 (very dissatisfied) to 5 (very satisfied), e.g. from a CSAT survey.
tip-clear-satisfaction = Remove the score: not measured yet.
tip-standard = The measurable level of service agreed for this moment, e.g. “phone answered within 3 rings”.
tip-improvement = What will be done to make this moment better.
tip-owner = Who is responsible for the improvement.
tip-notes = Anything else worth remembering about this moment.
tip-title = The title drawn at the top of the picture.
tip-organization = The company or team whose service this is.
tip-cycle-description = What this cycle covers and who built it.
tip-customer = Who the customer is: the external customer who pays, or an internal colleague who receives your work.
tip-promise = What the organisation promises its customers; it should be measurable so you can check that it is kept.
tip-primary = The primary service package: what the customer actually comes for.
tip-secondary = The secondary service package: what comes with the main service (parking, wifi, coffee…).
tip-evaluation = How the organisation listens to its customers to evaluate the service and plan improvements.
tip-principles = The principles of good customer service that this moment puts to the test.
tip-evaluation-section = How this moment is going for the customer: whether it fails them, why, and how satisfied they are.
tip-improvement-section = The level of service agreed for this moment, and what will be done to reach it.
tip-services = What the organisation offers: the core service the customer comes for, and what comes with it.
tip-document-language = The language of the labels the picture adds (Start, End, legend).
cmd-present = Present
tip-present = Show the cycle full screen, one moment at a time, for the group
cmd-analysis = Analysis
tip-analysis = Counts, satisfaction, principles and expectations per moment, the causes of dissatisfaction and the critical moments without a plan
cmd-new-from-template = New from template…
tip-new-from-template = Start from one of the example cycles
cmd-export-report = Export report…
tip-export-report = Write the workshop report (HTML or Markdown): the picture, every moment, the analysis and the improvement plan
cmd-export-slides = Export slides…
tip-export-slides = Write one slide for the whole cycle and one per moment, as 1920×1080 PNG pictures in a folder
present-hint = Right arrow or Space: next  ·  Left arrow: back  ·  Esc: leave
present-exit = Leave the presentation (Esc)
present-cycle = The whole cycle
analysis-title = Analysis of the cycle
an-empty = Add moments of truth to see the analysis.
scored-line = ({ $scored } of { $moments } scored)
an-no-score = no moment scored yet
an-missing-plans = Critical moments without a complete plan
an-click-to-select = Click to select this moment in the designer
an-causes = Causes of dissatisfaction, by moments hit
an-no-causes = No cause of dissatisfaction recorded yet.
an-principles = Moments × principles of good service
an-expectations = Moments × customer expectations
gallery-hint = Each template is a realistic cycle to adapt. It opens as a new cycle, not yet saved.
report-written = Report written:
report-failed = The report could not be written
slides-written = Slides written:
slides-failed = The slides could not be written
critical-count = { $count } critical

## File dialogs, new moments

dialogs-open-service-cycle = Open service cycle
dialogs-save-service-cycle = Save service cycle
dialogs-export-report = Export report
dialogs-slides-folder = Choose a folder for the slides


default-moment-name = Moment { $number }

## The window: commands, palette, themes

cmd-open-recent = Open recent file
cmd-rename = Rename moment
tip-rename = Put the cursor in the selected moment's name (F2)
cmd-palette = Command palette…
tip-palette = Find any command by typing part of its name (Ctrl+Shift+P)
palette-hint = Type to find a command
palette-nothing = No command has that name
cmd-dismiss = Close or deselect
tip-dismiss = Close the window or dialog on top; with none open, select nothing (Esc)
high-contrast = High contrast

## The workshop report

report-about = About the cycle
report-picture = The cycle
report-own-words = in the customer's words
report-critical = Critical
report-yes = yes
report-no = no
report-causes = Causes of dissatisfaction
report-not-scored = not scored
report-plan = Improvement plan
report-plan-order = Critical moments first (marked !), then the others, each in sequence.
report-no-plan = No moment has an improvement action yet.
report-action = Action
report-count = Moments
report-cause = Cause
report-unknown-format = cannot tell the report format of { $path }; name the report file .md or .html
report-picture-failed = the report's picture could not be drawn: { $error }

## Live workshops
menu-workshop = Workshop
cmd-host-workshop = Host workshop
tip-host-workshop = Let people on this network edit this cycle with you, live, from their own Ciclo
cmd-join-workshop = Join workshop…
tip-join-workshop = Edit a cycle that someone hosts, together with the others in the room
cmd-leave-workshop = Leave workshop
tip-leave-workshop = Stop editing together; the cycle stays open here as an unsaved document
ws-live = Live
ws-people = { $count ->
        [one] { $count } person
       *[other] { $count } people
    }
ws-connected = connected
ws-connecting = connecting
ws-reconnecting = reconnecting
ws-refused = refused
ws-host-failed = The workshop could not be hosted
ws-join-failed = The workshop could not be joined
ws-name-title = Your name
ws-name-hint = The others see it beside what you select; your colour comes from it.
ws-join-title = Join a workshop
ws-join-hint = Paste the address the host shows (it starts with ws:// or wss://):
ws-join = Join
ws-panel-title = Join this workshop
ws-panel-hint = On the same network, open Ciclo, choose Workshop > Join workshop… and paste:
ws-copy = Copy address
ws-token = Token
ws-firewall = If nobody can connect, allow Ciclo (TCP port 7420) through this computer's firewall.
ws-participants = Participants
ws-you = you
ws-show-panel = Show the join address
ws-on-moment = { $name } has selected this moment
## Photos and decks

step-photos = photos
photos-heading = Photos
photo-add = Add photo…
photo-add-tip = Add pictures of this moment (JPEG, PNG or WebP); you can also drop them onto the moment or here
photo-caption = Caption
photo-earlier = Move this photo up
photo-later = Move this photo down
photo-remove-tip = Remove this photo from the moment (the file stays)
photo-remove = Remove
photo-loading = loading…
photo-filter = Pictures
photo-word = Photo
cmd-export-pdf = Export PDF deck…
cmd-export-pdf-tip = Write every slide into one PDF, with real text and the photos, ready to send by e-mail
cmd-export-pptx = Export PowerPoint deck…
cmd-export-pptx-tip = Write every slide into one PowerPoint file (.pptx), with titles and speaker notes
deck-written = Deck written:
deck-dialog-title = Export presentation
photo-not-found = photo not found
photo-unreadable = the photo cannot be read
photo-not-a-file = this is not a file
photo-too-large = { $mp } megapixels, over the limit of { $max }; save a smaller copy
photo-broken = not a JPEG, PNG or WebP picture
photo-not-loaded = photo not loaded
exporting = Writing { $path }… { $seconds } s
exporting-then-closing = Writing { $path }… { $seconds } s. Ciclo closes once it is written.
export-stopped = The export stopped before it finished; try again.

## The command line's help (\`ciclo --help\`, \`ciclo COMMAND --help\`) and usage errors.
## help-COMMAND is a command's summary; help-COMMAND-ARG an argument's or option's words;
## help-any-ARG serves every command that has ARG.
help-ciclo = Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
help-ciclo-long = Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.

    With no command (or with a .ron file), opens the designer window.

    Ciclo speaks the system's language if it knows it (English, Spanish, Russian, Portuguese); CICLO_LANG=es (or en, ru, pt) chooses another.
help-ciclo-file = A cycle to open in the window.
help-export = Draw a cycle as a PNG or SVG picture.
help-export-output = The picture to write: .png or .svg.
help-export-background = white (the default), transparent, or a colour as #rrggbb.
help-export-satisfaction_curve = Draw the satisfaction curve inside the ring.
help-export-text_as_paths = SVG only: write the text as outlines, so that the file looks exactly like the PNG on any computer (for slides); the text can then no longer be edited.
help-check = Check cycles: one line per file; exits with 1 if any is invalid.
help-check-files = The cycles (.ron).
help-check-summary = Also print the analysis of each valid cycle: critical share, average satisfaction, principles and expectations per moment, causes, missing plans.
help-report = Write the workshop report: properties, picture, every moment, analysis and the improvement plan, as Markdown (with the PNG beside it) or one self-contained HTML.
help-report-output = The report to write: .md or .html.
help-new = Write a new cycle, empty or from a template.
help-new-output = The file to create.
help-new-template = A template (see \`ciclo templates\`).
help-new-lang = Language of the new cycle: en, es, ru or pt (by default the one Ciclo speaks: CICLO_LANG, or the system's).
help-new-force = Replace the file if it exists.
help-templates = List the templates.
help-help = Explain a command (\`ciclo help export\`) or the cycle file format (\`ciclo help format\`).
help-help-topic = A command, or \`format\`.
help-serve = Host a live workshop: one room per cycle, which participants join from their own Ciclo (or any Yjs client) on the same network; each file is written as it changes.
help-serve-files = The cycles (.ron); each room is named after its file.
help-serve-port = The TCP port to listen on (7420 by default).
help-serve-bind = The address to listen on (all of this computer's by default: 0.0.0.0).
help-serve-token = The token participants must give (128 random bits by default).
help-sync = Keep a cycle file in step with a workshop room, both ways, without a window: the room's changes are written to the file, and edits saved to the file reach the room.
help-sync-url = The room's URL, as the host prints it: ws://HOST:PORT/ROOM?token=… (or wss://).
help-sync-file = The cycle (.ron); it fills the room if the room is empty.
help-sync-ca = For wss://: also trust the certificate authorities in this PEM file (a server with a private CA's certificate). SSL_CERT_FILE is trusted too when set.
help-join = Open the window joined to a live workshop (as Workshop ▸ Join workshop… does).
help-join-url = The room's URL, as the host shows it: ws://HOST:PORT/ROOM?token=… (or wss://).
help-slides = Write presentation slides: the cycle, then one slide per moment, as a PDF deck (-o deck.pdf), a PowerPoint deck (-o deck.pptx) or a folder of PNGs (-o folder).
help-slides-output = The deck to write: a .pdf or .pptx file, or a folder for the PNGs (created if missing).
help-any-file = The cycle (.ron).
help-any-width = Width in pixels (1920 by default).
help-any-height = Height in pixels (1080 by default).
help-any-help = Print this help.
help-any-version = Print Ciclo's version.
help-usage = Usage:
help-arguments = Arguments:
help-options = Options:
help-commands = Commands:
cli-usage-unknown-argument = { $arg } is not an option of this command
cli-usage-did-you-mean = did you mean { $suggestion }?
cli-usage-unknown-command = there is no command \`{ $name }\`
cli-usage-invalid-value = { $value } is not a value { $arg } takes; it takes: { $valid }
cli-usage-bad-value = { $value } is not a valid value for { $arg }
cli-usage-bad-background = { $value } is not a background for { $arg }: use white, transparent or a colour as #rrggbb (six hexadecimal digits, such as #f0f0f0)
cli-usage-not-a-number = { $value } is not a value for { $arg }: it takes a whole number
cli-usage-missing = this command needs { $args }
cli-usage-conflict = { $arg } cannot be given with { $other }
cli-usage-other = the command line is not understood: { $detail }
cli-usage-more = To see what the command takes: { $command } --help
`;var lc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

language-name = Español

## The drawing: markers, centre, legend

drawing-start = Inicio
drawing-end = Fin
drawing-centre = Satisfacción del cliente
drawing-moment = Momento de verdad
drawing-satisfaction = Satisfacción (1–5)
drawing-curve = Curva de satisfacción

## Channels: names and explanations

channel-InPerson = En persona
channel-InPerson-tip = Cara a cara, en las instalaciones.
channel-Phone = Teléfono
channel-Phone-tip = Una llamada, desde el primer timbre hasta la despedida.
channel-Web = Página web
channel-Web-tip = Las páginas web de la organización.
channel-App = Aplicación móvil
channel-App-tip = La aplicación móvil de la organización.
channel-Email = Correo electrónico
channel-Email-tip = Un mensaje que el cliente envía o recibe por correo.
channel-Chat = Chat
channel-Chat-tip = Una conversación escrita en tiempo real.
channel-SocialMedia = Redes sociales
channel-SocialMedia-tip = Publicaciones, comentarios y mensajes en redes sociales.
channel-Advertising = Publicidad
channel-Advertising-tip = Un anuncio que el cliente ve u oye.
channel-PointOfSale = Punto de venta
channel-PointOfSale-tip = El mostrador, la tienda o el puesto donde el cliente compra.
channel-ProductUse = Uso del producto
channel-ProductUse-tip = El cliente usando lo que compró.
channel-WordOfMouth = Recomendación boca a boca
channel-WordOfMouth-tip = Alguien le habla al cliente del servicio.
channel-Other = Otro
channel-Other-tip = Cualquier otro punto de contacto.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado con amabilidad, como persona y no como un número.
expectation-Speed = Agilidad y rapidez
expectation-Speed-tip = Ser atendido con rapidez, sin esperas innecesarias.
expectation-Information = Información correcta y oportuna
expectation-Information-tip = Recibir información exacta cuando se necesita.
expectation-Guarantees = Garantías y cumplimiento
expectation-Guarantees-tip = Que se cumpla lo prometido y se responda si falla.
expectation-Advice = Asesoría
expectation-Advice-tip = Ser orientado hacia la mejor opción para él.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidad
principle-Reliability-tip = Entregar exactamente lo acordado, con profesionalismo y procedimientos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidad
principle-Credibility-tip = Cumplir los requisitos y demostrarlo con hechos.
principle-Credibility-badge = C
principle-Attractiveness = Atractivo
principle-Attractiveness-tip = Presentación, empaque y precio que atraen al cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidad
principle-Agility-tip = Respuestas e información rápidas y exactas.
principle-Agility-badge = G
principle-Interest = Interés
principle-Interest-tip = Aclarar las dudas y resolver los problemas del cliente.
principle-Interest-badge = I
principle-Teamwork = Trabajo en equipo con el cliente
principle-Teamwork-tip = Dar al cliente las herramientas y novedades para resolver sus problemas por sí mismo.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatía
cause-Apathy-tip = Personal al que no le importa si el cliente queda atendido.
cause-BrushOff = Desaire
cause-BrushOff-tip = Quitarse al cliente de encima en lugar de ayudarle.
cause-Coldness = Frialdad
cause-Coldness-tip = Un trato distante y poco amable.
cause-Superiority = Aire de superioridad
cause-Superiority-tip = Tratar al cliente con aires de superioridad.
cause-Robotism = Robotismo
cause-Robotism-tip = El mismo guion para todos, sin atender a la persona.
cause-Rulebook = Reglamento por delante
cause-Rulebook-tip = Anteponer las normas internas a la necesidad del cliente.
cause-Evasion = Evasivas
cause-Evasion-tip = Evitar respuestas claras o mandar al cliente a otra parte.
cause-BrokenPromise = Promesa no cumplida
cause-BrokenPromise-tip = Algo prometido que no se cumplió.
cause-Misinformation = Desinformación
cause-Misinformation-tip = Información errónea, incompleta o contradictoria.
cause-LongWait = Larga espera
cause-LongWait-tip = Esperar más de lo que el cliente considera razonable.
cause-PoorCommunication = Falta de comunicación
cause-PoorCommunication-tip = No se le dice al cliente qué pasa ni qué viene después.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Califique nuestro servicio”
evaluation-RateOurService-tip = Una invitación breve a que el cliente puntúe el servicio.
evaluation-SuggestionBox = Buzón de sugerencias
evaluation-SuggestionBox-tip = Un buzón o formulario donde los clientes dejan ideas y observaciones.
evaluation-ServiceLine = Línea de atención al cliente
evaluation-ServiceLine-tip = Una línea telefónica dedicada a consultas y quejas.
evaluation-Email = Correo electrónico
evaluation-Email-tip = Una dirección a la que los clientes escriben a la organización.
evaluation-ContactLink = Enlace de contacto
evaluation-ContactLink-tip = Un formulario o enlace de contacto en la web.
evaluation-Pqr = Peticiones, quejas y reclamos (PQR)
evaluation-Pqr-tip = Un canal formal de peticiones, quejas y reclamos.
evaluation-Survey = Encuesta
evaluation-Survey-tip = Un cuestionario sobre la experiencia del cliente.
evaluation-SocialMedia = Redes sociales
evaluation-SocialMedia-tip = Escuchar lo que dicen los clientes en las redes sociales.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = no es un archivo de texto; un documento de Ciclo es texto UTF-8 en formato RON
problem-empty = el archivo está vacío; cree un ciclo con \`ciclo new -o ARCHIVO.ron\`
problem-json = parece JSON; los documentos de Ciclo son RON, empiezan con \`(\` y \`format: 1\` (vea docs/FORMAT.md)
problem-unknown-field = campo desconocido \`{ $found }\`{ $hint }; los campos válidos son { $valid }
problem-unknown-value = valor desconocido \`{ $found }\`{ $hint }; los valores válidos son { $valid }
problem-did-you-mean = {" "}— ¿quiso decir \`{ $name }\`?
problem-missing-format = falta \`format: 1\` al comienzo del documento
problem-missing-field = falta el campo obligatorio \`{ $field }\`
problem-duplicate-field = el campo \`{ $field }\` aparece dos veces; deje uno
problem-wrong-type = se esperaba { $expected }, pero hay { $found }
problem-expected = se esperaba { $expected }
problem-unexpected-end = el archivo termina antes de tiempo; probablemente falta un \`)\`, \`]\` o \`"\` de cierre
problem-trailing-text = hay texto después del \`)\` que cierra el documento; bórrelo
problem-syntax = error de sintaxis RON: { $detail }
problem-newer-format = este archivo es de formato { $found }, creado por una versión más nueva de Ciclo; esta versión lee los formatos 1 a { $known }. Actualice Ciclo para abrirlo
problem-bad-format = \`format: { $found }\` no existe; use \`format: 1\` (o \`format: { $known }\` para un ciclo con fotos)
problem-duplicate-id = el id { $id } ya lo usa otro momento; cada momento necesita un id propio (o quite \`id\` y se asignará uno)
problem-satisfaction = la satisfacción { $score } está fuera de rango; use un entero de 1 a 5, o quite el campo
problem-angle-range = el ángulo { $angle } no es válido; use grados desde 0 hasta menos de 360, o quite \`angle\` para repartirlo
problem-angle-order = el ángulo { $angle } no es mayor que el del momento ubicado anterior ({ $previous }); los ángulos deben crecer en el orden del ciclo, o quite \`angle\`
problem-empty-name = el momento no tiene un nombre visible (está vacío o solo tiene espacios y caracteres invisibles); póngale uno
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo \`{ $field }\`
expected-Id = un número entero positivo (1, 2, 3…) que no use otro momento; o quite \`id\` y Ciclo asignará uno
expected-StringEnd = el \`"\` que cierra este texto; falta una comilla
expected-String = un texto entre comillas dobles, como "Bienvenida"
expected-Score = un número entero de 1 a 5 (o quite el campo)
expected-Integer = un número entero dentro del rango
expected-Float = un número
expected-Boolean = \`true\` o \`false\`
expected-List = una lista entre corchetes, como [A, B]
expected-ListEnd = una coma o el \`]\` que cierra la lista
expected-StructStart = un \`(\` de apertura
expected-StructEnd = una coma o un \`)\` de cierre
expected-Colon = dos puntos tras el nombre del campo
expected-Identifier = un nombre sin comillas, como \`InPerson\` o \`Reliability\`

## Reading a file

load-cannot-read = { $path }: no se puede leer: { $error }
load-not-a-file = { $path }: es { $what }, no un archivo; indique la ruta de un ciclo .ron
load-too-large = { $path }: el archivo ocupa { $size } MiB; Ciclo abre documentos de hasta { $max } MiB. ¿Es el archivo correcto?
special-Directory = una carpeta
special-Pipe = una tubería con nombre
special-Device = un dispositivo
special-Socket = un socket
special-Other = algo que no es un archivo normal

## Saving and exporting

save-missing-folder = { $path }: no se puede guardar: la carpeta { $folder } no existe. Créela primero o elija otra carpeta.
save-not-a-folder = { $path }: no se puede guardar: { $folder } es un archivo, no una carpeta. Elija otra carpeta.
save-exists = { $path } ya existe; elija otro nombre o añada --force para reemplazarlo
save-broken-link = { $path } es un enlace a { $target }, que no existe; elija otro nombre o añada --force para escribir { $target }
save-is-the-input = { $path } es el archivo de entrada; escribir ahí lo destruiría. Elija otro nombre para la salida.
save-io = { $path }: no se puede guardar: { $error }.{ $previous ->
        [unchanged] {" "}El archivo anterior no ha cambiado.
       *[new] {""}
    } Compruebe que se puede escribir en la carpeta y que queda espacio en el disco, o elija otro lugar.
export-size = Una imagen de { $width }×{ $height } píxeles no es posible: el ancho y el alto deben estar entre { $min } y { $max }. Elija otro tamaño.
export-unknown-format = { $name }: no se sabe en qué formato escribir. Dé al archivo la extensión .png o .svg.
export-render = No se pudo dibujar la imagen ({ $detail }). Pruebe con un tamaño menor o con el otro formato.

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos de verdad
critical-moments = Momentos críticos
average-satisfaction = Satisfacción media
total = Total
decimal-separator = ,
moments-count = { $count ->
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } puntuados)
average-none = ningún momento puntuado ({ $scored } de { $moments } puntuados)
missing-Improvement = sin acción de mejora
missing-Owner = sin responsable
missing-Both = sin acción de mejora ni responsable
expectation-Warmth-short = Calidez
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantías
expectation-Advice-short = Asesoría
analysis-principles = Principios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfacción, por momentos afectados
analysis-no-causes = No hay causas de insatisfacción registradas.
analysis-missing-plans = Momentos críticos sin plan
analysis-all-planned = Todos los momentos críticos tienen acción de mejora y responsable.
analysis-no-critical = Ningún momento es crítico.
summary-no-moments = (sin momentos)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por qué
expectations = Expectativas
principles = Principios
satisfaction = Satisfacción
not-scored = Sin calificar
standard = Estándar
improvement = Mejora
owner = Responsable
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Nuevo ciclo del servicio
cli-no-display = Ciclo no pudo abrir su ventana: ninguna pantalla gráfica respondió. Ábralo desde una sesión de escritorio, o trabaje sin ventana: \`ciclo export ARCHIVO.ron -o ARCHIVO.png\` dibuja un ciclo y \`ciclo check ARCHIVO.ron\` lo revisa (vea \`ciclo --help\`).

## La línea de órdenes: sus errores, avisos y líneas de estado

cli-error = error: { $message }
cli-warning = aviso: { $message }
cli-check-ok = { $file }: correcto, { $moments ->
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $critical ->
        [one] { $critical } crítico
       *[other] { $critical } críticos
    }
cli-names-dropped = { $dropped ->
        [one] el nombre de { $dropped } de los { $moments } momentos no cabía y se ha omitido
       *[other] los nombres de { $dropped } de los { $moments } momentos no cabían y se han omitido
    } (sus nodos numerados sí se dibujan); exporte una imagen más grande con --width y --height para que se vean todos
cli-slides-written = { $output }: { $count ->
        [one] { $count } diapositiva
       *[other] { $count } diapositivas
    }
cli-no-help-topic = no hay ayuda sobre \`{ $topic }\`; los temas disponibles son: { $topics }
cli-side-out-of-range = --{ $option } { $value } está fuera de rango; use entre { $min } y { $max } píxeles
cli-photo-unusable = { $file }: { $where }: { $problem }; sus diapositivas muestran un recuadro en su lugar
cli-no-template = no existe la plantilla \`{ $name }\`; las plantillas son: { $names }
cli-template-broken = no se puede leer la plantilla { $name }: { $error }
cli-not-workshop-url = { $url } no es la dirección de un taller: empieza por ws:// o wss://, como ws://192.168.1.20:7420/cena?token=…
cli-no-window-build = este ciclo se compiló sin su ventana (la característica de cargo \`window\`); compílelo con las características por defecto para diseñar en la ventana, o use una orden como \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: cada sala lleva el nombre de su archivo; use un nombre de archivo en UTF-8
cli-serve-same-name = hay dos archivos llamados { $name }; las salas llevan el nombre de su archivo, así que cambie el nombre de uno
cli-serve-empty-token = --token está vacío; omítalo y se generará uno al azar
cli-serve-no-token = no se pudo generar un token al azar ({ $error }); indique uno con --token
cli-serve-cannot-listen = no se puede escuchar en { $address }; quizá otro programa usa el puerto { $port }: elija otro con --port
cli-serve-hosting = { $count ->
    [one] Se aloja una sala. Los participantes entran con:
   *[other] Se alojan { $count } salas. Los participantes entran con:
}
cli-serve-firewall = Si los demás no logran conectarse, abra el puerto TCP { $port } en el cortafuegos de este equipo.
cli-serve-stop-hint = Pulse Ctrl+C para detener; los archivos se guardan a más tardar 2 s después de cada cambio y al detener.
cli-serve-stopped = Detenido; todas las salas están guardadas.
cli-serve-merged = { $file } se editó mientras no había anfitrión; esos cambios se suman al estado guardado del taller.
cli-serve-state-unreadable = no se pudo leer { $state } ({ $error }); la sala empieza de nuevo desde { $file }, así que quienes estaban en ella deben salir y volver a entrar.
cli-sync-cannot-read = { $file }: no se puede leer
cli-sync-refused = el taller no dejó entrar: { $reason }
cli-sync-no-answer = { $url } no respondió en 20 s; revise la dirección y que el anfitrión esté en marcha
cli-sync-seeded = La sala estaba vacía: { $file } la llenó.
cli-sync-follows = { $file } ahora sigue a la sala.
cli-sync-keeping = { $file } se mantiene al día con { $url }; Ctrl+C detiene.
cli-sync-lost = Se perdió la conexión; reconectando (sus cambios se conservan)…
cli-sync-connected = Conectado de nuevo.
cli-sync-waiting = { $message }; se espera al próximo guardado
cli-sync-renumbered = El momento nuevo «{ $name }» es el momento { $id } del taller (en el archivo era el { $old }).
io-NotFound = ese archivo no existe; revise el nombre y la carpeta (\`ciclo new -o ARCHIVO.ron\` crea un ciclo)
io-PermissionDenied = no tiene permiso; pida acceso al archivo o cópielo en una carpeta suya

## The window

menu-file = Archivo
menu-edit = Editar
menu-view = Ver
menu-language = Idioma
menu-help = Ayuda
shortcuts = Atajos de teclado
about = Acerca de Ciclo
about-body = Ciclo dibuja ciclos del servicio: los momentos de verdad que vive un cliente, en forma de reloj, con los críticos marcados. Construya el ciclo con el ratón y el teclado, analice cada momento en el inspector y exporte la imagen para sus diapositivas.
mouse-help = Ratón: arrastre un momento por el anillo para moverlo; doble clic en el anillo para añadir uno allí; arrastre el espacio vacío o use el botón central para desplazar; Ctrl+rueda acerca y aleja.
close = Cerrar
cmd-new = Nuevo
cmd-open = Abrir…
cmd-save = Guardar
cmd-save-as = Guardar como…
cmd-export = Exportar…
cmd-quit = Salir
cmd-undo = Deshacer
cmd-redo = Rehacer
cmd-add = Añadir momento
cmd-insert-after = Insertar tras el seleccionado
cmd-delete = Eliminar momento
cmd-distribute = Repartir uniformemente
cmd-next = Seleccionar siguiente
cmd-previous = Seleccionar anterior
cmd-earlier = Mover antes
cmd-later = Mover después
cmd-zoom-in = Acercar
cmd-zoom-out = Alejar
cmd-zoom-fit = Ajustar a la vista
cmd-select-none = No seleccionar nada
cmd-canvas-only = Solo el lienzo
tip-canvas-only = Oculta la lista de momentos y el inspector para que el ciclo ocupe toda la ventana; otra vez los vuelve a mostrar
a11y-moment = Momento { $number } de { $count }
a11y-critical = crítico
a11y-satisfaction = satisfacción { $score } de 5
show-list = Lista de momentos
show-inspector = Inspector
dropped-labels = Nombres omitidos
tip-dropped-labels = La imagen no tiene sitio para todos los nombres. Agrándela (Exportar), acorte los nombres o divida el ciclo.
new-from-template = Nuevo desde plantilla
recent-files = Archivos recientes
no-recent = No hay archivos recientes
theme = Tema
light = Claro
dark = Oscuro
tip-add = Añade un nuevo momento de verdad al final del ciclo
tip-insert-after = Inserta un momento nuevo justo después del seleccionado (Insert)
tip-delete = Quita el momento seleccionado (Supr); Deshacer lo recupera
tip-distribute = Olvida las posiciones colocadas a mano y reparte los momentos por igual en el anillo
tip-zoom-fit = Muestra la imagen completa (Ctrl+0)
tip-export = Guarda la imagen para diapositivas en PNG o SVG
step-cycle = datos del ciclo
step-rename = renombrar
step-moment = datos del momento
step-critical = marca de crítico
step-satisfaction = satisfacción
step-add = añadir momento
step-delete = eliminar momento
step-reorder = reordenar
step-move = mover en el anillo
step-distribute = repartir uniformemente
add = Añadir
delete = Eliminar
up = Subir
mark-critical = Marcar como crítico
unmark-critical = No es crítico
insert-short = Insertar después
down = Bajar
no-moments = Aún no hay momentos. Añada uno o haga doble clic en el anillo.
canvas = Lienzo del ciclo del servicio
empty-hint = Haga doble clic en el anillo o pulse «Añadir momento» para empezar
drag-hint = Arrástrelo por el anillo para moverlo
name = Nombre
description = Descripción
channel = Canal
expectations-2 = Expectativas del cliente
own-expectations = Otras expectativas
principles-2 = Principios de un buen servicio
evaluation = Evaluación
critical-moment-2 = Momento crítico de la verdad
causes = Elementos que crean insatisfacción
satisfaction-2 = Satisfacción del cliente (1–5)
clear = Borrar
improvement-2 = Estándar y mejora
standard-2 = Estándar de servicio
improvement-action = Acción de mejora
notes = Notas
service-cycle = Ciclo del servicio
nothing-selected = Ningún momento seleccionado: estos son los datos del ciclo completo.
title = Título
organization = Organización
customer = Cliente
promise = Promesa del servicio
services = Paquetes de servicios
primary-services = Servicios primarios
secondary-services = Servicios secundarios
evaluation-mechanisms = Mecanismos de evaluación
document-language = Idioma del documento
add-item = + Añadir
remove-item = Quitar este elemento
new-item = Nuevo elemento
sat-very-low = 1: muy insatisfecho
sat-low = 2: insatisfecho
sat-mid = 3: neutral
sat-high = 4: satisfecho
sat-very-high = 5: muy satisfecho
zoom = Zoom
untitled = Sin título
unsaved = cambios sin guardar
saved = Guardado
exported = Exportado
unsaved-title = ¿Guardar los cambios?
unsaved-body = Este ciclo tiene cambios sin guardar. ¿Guardarlos antes?
dont-save = No guardar
cancel = Cancelar
ok = Aceptar
open-failed = No se pudo abrir el archivo
save-failed = No se pudo guardar el ciclo
save-failed-hint = Sus cambios siguen aquí, sin guardar. Pruebe Guardar como… para elegir otra carpeta.
export-failed = No se pudo exportar la imagen
recover-title = ¿Recuperar el trabajo sin guardar?
recover-body = Ciclo se cerró inesperadamente la última vez. Se conservó una copia de recuperación del ciclo sin guardar.
restore = Recuperar
discard = Descartar
export-title = Exportar imagen
format = Formato
size = Tamaño
square = cuadrado
custom = Personalizado
pixels = Ancho × alto
width = Ancho en píxeles
height = Alto en píxeles
background = Fondo
white = Blanco
transparent = Transparente
export-hint = El lienzo muestra la imagen con este tamaño: lo que ve es lo que obtiene.
tip-satisfaction-curve = Dibuja la satisfacción de cada momento como una curva dentro del anillo, para ver dónde cae la experiencia.
tip-png = Una imagen de píxeles, lista para diapositivas
tip-svg = Un dibujo vectorial con texto editable
text-as-paths = Texto como contornos
tip-text-as-paths = Solo SVG: el texto se convierte en formas, así la imagen se ve igual en cualquier computador, aunque no tenga la fuente de Ciclo. Úselo para diapositivas; el texto ya no se podrá editar.
tip-moment = Un momento de verdad es cualquier instante en que el cliente entra en contacto con el servicio (una persona, una llamada, una web, un letrero) y juzga su calidad.
tip-cycle = El ciclo del servicio es la secuencia completa de momentos de verdad que vive un cliente para obtener el servicio, dibujada en sentido horario como un reloj.
tip-name = Un nombre corto del momento, que se dibuja junto a su nodo.
tip-description = Qué ocurre en este momento, visto desde el lado del cliente.
tip-channel = Cómo entra el cliente en contacto con el servicio aquí: en persona, por teléfono, en la web…
tip-expectations = Lo que el cliente espera recibir en este momento.
tip-own-expectations = Expectativas con sus propias palabras, además de las cinco habituales.
tip-critical = Un momento crítico de la verdad es aquel en que no se satisfacen las necesidades del cliente; el dibujo lo marca en rojo con un borde más grueso.
tip-causes = Por qué el cliente sale insatisfecho de este momento.
tip-satisfaction = Cuán satisfechos quedan los clientes con este momento, de 1 (muy insatisfecho) a 5 (muy satisfecho), p. ej. según una encuesta CSAT.
tip-clear-satisfaction = Quita la puntuación: aún no se ha medido.
tip-standard = El nivel de servicio medible acordado para este momento, p. ej. «teléfono atendido antes del tercer timbre».
tip-improvement = Qué se hará para mejorar este momento.
tip-owner = Quién es responsable de la mejora.
tip-notes = Cualquier otra cosa que convenga recordar de este momento.
tip-title = El título que se dibuja en la parte superior de la imagen.
tip-organization = La empresa o el equipo que presta este servicio.
tip-cycle-description = Qué abarca este ciclo y quién lo elaboró.
tip-customer = Quién es el cliente: el cliente externo que paga, o un colega interno que recibe su trabajo.
tip-promise = Lo que la organización promete a sus clientes; debe poder medirse para comprobar que se cumple.
tip-primary = El paquete de servicios primarios: aquello por lo que el cliente viene realmente.
tip-secondary = El paquete de servicios secundarios: lo que acompaña al servicio principal (parqueadero, wifi, café…).
tip-evaluation = Cómo escucha la organización a sus clientes para evaluar el servicio y planear mejoras.
tip-principles = Los principios de un buen servicio al cliente que este momento pone a prueba.
tip-evaluation-section = Cómo le va al cliente en este momento: si le falla, por qué y cuán satisfecho queda.
tip-improvement-section = El nivel de servicio acordado para este momento y lo que se hará para alcanzarlo.
tip-services = Lo que ofrece la organización: el servicio central por el que viene el cliente y lo que lo acompaña.
tip-document-language = El idioma de las etiquetas que añade la imagen (Inicio, Fin, leyenda).
cmd-present = Presentar
tip-present = Muestra el ciclo a pantalla completa, un momento cada vez, para el grupo
cmd-analysis = Análisis
tip-analysis = Recuentos, satisfacción, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan
cmd-new-from-template = Nuevo desde plantilla…
tip-new-from-template = Empezar desde uno de los ciclos de ejemplo
cmd-export-report = Exportar informe…
tip-export-report = Escribe el informe del taller (HTML o Markdown): la imagen, cada momento, el análisis y el plan de mejora
cmd-export-slides = Exportar diapositivas…
tip-export-slides = Escribe una diapositiva del ciclo completo y una por momento, como imágenes PNG de 1920×1080 en una carpeta
present-hint = Flecha derecha o Espacio: siguiente  ·  Flecha izquierda: atrás  ·  Esc: salir
present-exit = Salir de la presentación (Esc)
present-cycle = El ciclo completo
analysis-title = Análisis del ciclo
an-empty = Añada momentos de verdad para ver el análisis.
scored-line = ({ $scored } de { $moments } puntuados)
an-no-score = aún no hay momentos puntuados
an-missing-plans = Momentos críticos sin un plan completo
an-click-to-select = Haga clic para seleccionar este momento en el diseñador
an-causes = Causas de insatisfacción, por momentos afectados
an-no-causes = Aún no se ha registrado ninguna causa de insatisfacción.
an-principles = Momentos × principios de un buen servicio
an-expectations = Momentos × expectativas del cliente
gallery-hint = Cada plantilla es un ciclo realista para adaptar. Se abre como un ciclo nuevo, aún sin guardar.
report-written = Informe escrito:
report-failed = No se pudo escribir el informe
slides-written = Diapositivas escritas:
slides-failed = No se pudieron escribir las diapositivas
critical-count = { $count ->
        [one] { $count } crítico
       *[other] { $count } críticos
    }

## File dialogs, new moments

dialogs-open-service-cycle = Abrir ciclo del servicio
dialogs-save-service-cycle = Guardar ciclo del servicio
dialogs-export-report = Exportar informe
dialogs-slides-folder = Elija una carpeta para las diapositivas


default-moment-name = Momento { $number }

## The window: commands, palette, themes

cmd-open-recent = Abrir archivo reciente
cmd-rename = Renombrar momento
tip-rename = Lleva el cursor al nombre del momento seleccionado (F2)
cmd-palette = Paleta de comandos…
tip-palette = Busque cualquier comando escribiendo parte de su nombre (Ctrl+Mayús+P)
palette-hint = Escriba para buscar un comando
palette-nothing = Ningún comando se llama así
cmd-dismiss = Cerrar o deseleccionar
tip-dismiss = Cierra la ventana o el diálogo de encima; si no hay ninguno, quita la selección (Esc)
high-contrast = Alto contraste

## The workshop report

report-about = Datos del ciclo
report-picture = El ciclo
report-own-words = en palabras del cliente
report-critical = Crítico
report-yes = sí
report-no = no
report-causes = Causas de insatisfacción
report-not-scored = sin puntuar
report-plan = Plan de mejora
report-plan-order = Primero los momentos críticos (marcados con !), luego los demás, cada grupo en orden.
report-no-plan = Ningún momento tiene todavía una acción de mejora.
report-action = Acción
report-count = Momentos
report-cause = Causa
report-unknown-format = no se sabe qué formato de informe es { $path }; nombre el archivo .md o .html
report-picture-failed = no se pudo dibujar la imagen del informe: { $error }

## Talleres en vivo
menu-workshop = Taller
cmd-host-workshop = Organizar un taller
tip-host-workshop = Permite que las personas de esta red editen este ciclo con usted, en vivo, desde su propio Ciclo
cmd-join-workshop = Unirse a un taller…
tip-join-workshop = Edite un ciclo que otra persona organiza, junto con los demás participantes
cmd-leave-workshop = Salir del taller
tip-leave-workshop = Deja de editar en grupo; el ciclo sigue abierto aquí como documento sin guardar
ws-live = En vivo
ws-people = { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
ws-connected = conectado
ws-connecting = conectando
ws-reconnecting = reconectando
ws-refused = rechazado
ws-host-failed = No se pudo organizar el taller
ws-join-failed = No se pudo entrar en el taller
ws-name-title = Su nombre
ws-name-hint = Los demás lo verán junto a lo que seleccione; su color se deriva de él.
ws-join-title = Unirse a un taller
ws-join-hint = Pegue la dirección que muestra quien organiza (empieza por ws:// o wss://):
ws-join = Unirse
ws-panel-title = Únase a este taller
ws-panel-hint = En la misma red, abra Ciclo, elija Taller > Unirse a un taller… y pegue:
ws-copy = Copiar la dirección
ws-token = Clave
ws-firewall = Si nadie logra conectarse, permita Ciclo (puerto TCP 7420) en el cortafuegos de este equipo.
ws-participants = Participantes
ws-you = usted
ws-show-panel = Mostrar la dirección para unirse
ws-on-moment = { $name } tiene seleccionado este momento
## Photos and decks

step-photos = fotos
photos-heading = Fotos
photo-add = Añadir foto…
photo-add-tip = Añade fotos de este momento (JPEG, PNG o WebP); también puede soltarlas sobre el momento o aquí
photo-caption = Pie de foto
photo-earlier = Subir esta foto
photo-later = Bajar esta foto
photo-remove-tip = Quitar esta foto del momento (el archivo se conserva)
photo-remove = Quitar
photo-loading = cargando…
photo-filter = Imágenes
photo-word = Foto
cmd-export-pdf = Exportar presentación PDF…
cmd-export-pdf-tip = Escribe todas las diapositivas en un PDF, con texto real y las fotos, listo para enviar por correo
cmd-export-pptx = Exportar presentación PowerPoint…
cmd-export-pptx-tip = Escribe todas las diapositivas en un archivo de PowerPoint (.pptx), con títulos y notas del orador
deck-written = Presentación escrita:
deck-dialog-title = Exportar presentación
photo-not-found = no se encuentra la foto
photo-unreadable = no se puede leer la foto
photo-not-a-file = no es un archivo
photo-too-large = { $mp } megapíxeles, más del límite de { $max }; guarde una copia más pequeña
photo-broken = no es una imagen JPEG, PNG o WebP
photo-not-loaded = foto no cargada
exporting = Escribiendo { $path }… { $seconds } s
exporting-then-closing = Escribiendo { $path }… { $seconds } s. Ciclo se cerrará en cuanto termine.
export-stopped = La exportación se detuvo antes de terminar; inténtelo de nuevo.

## La ayuda de la línea de órdenes (\`ciclo --help\`, \`ciclo COMMAND --help\`) y los errores de uso.
## help-COMMAND es el resumen de una orden; help-COMMAND-ARG, el texto de un argumento u opción;
## help-any-ARG sirve para todas las órdenes que tienen ARG.
help-ciclo = Ciclo: diseñe ciclos del servicio, los diagramas en forma de reloj con los momentos de verdad que vive un cliente.
help-ciclo-long = Ciclo: diseñe ciclos del servicio, los diagramas en forma de reloj con los momentos de verdad que vive un cliente.

    Sin ninguna orden (o con un archivo .ron), abre la ventana del diseñador.

    Ciclo usa el idioma del sistema si lo conoce (inglés, español, ruso o portugués); con CICLO_LANG=es (o en, ru, pt) se elige otro.
help-ciclo-file = Un ciclo para abrir en la ventana.
help-export = Dibuja un ciclo como imagen PNG o SVG.
help-export-output = La imagen de salida: .png o .svg.
help-export-background = white (por defecto), transparent o un color en formato #rrggbb.
help-export-satisfaction_curve = Dibuja la curva de satisfacción dentro del anillo.
help-export-text_as_paths = Solo SVG: convierte el texto en contornos para que el archivo se vea exactamente igual que el PNG en cualquier computador (útil para diapositivas); después, el texto ya no se puede editar.
help-check = Revisa ciclos: una línea por archivo; termina con código 1 si alguno no es válido.
help-check-files = Los ciclos (.ron).
help-check-summary = Muestra además el análisis de cada ciclo válido: proporción de momentos críticos, satisfacción media, principios y expectativas por momento, causas de insatisfacción y momentos críticos sin plan.
help-report = Escribe el informe del taller: datos del ciclo, imagen, cada momento, análisis y plan de mejora, en Markdown (con el PNG al lado) o en un único HTML autónomo.
help-report-output = El informe de salida: .md o .html.
help-new = Crea un ciclo nuevo, vacío o a partir de una plantilla.
help-new-output = El archivo que se va a crear.
help-new-template = Una plantilla (vea \`ciclo templates\`).
help-new-lang = Idioma del ciclo nuevo: en, es, ru o pt (por defecto, el que usa Ciclo: el de CICLO_LANG o el del sistema).
help-new-force = Reemplaza el archivo si ya existe.
help-templates = Lista las plantillas.
help-help = Explica una orden (\`ciclo help export\`) o el formato de los archivos de ciclo (\`ciclo help format\`).
help-help-topic = Una orden, o \`format\`.
help-serve = Organiza un taller en vivo: una sala por ciclo, a la que los participantes se unen desde su propio Ciclo (o desde cualquier cliente Yjs) en la misma red; cada archivo se guarda a medida que cambia.
help-serve-files = Los ciclos (.ron); cada sala lleva el nombre de su archivo.
help-serve-port = El puerto TCP en el que se escucha (7420 por defecto).
help-serve-bind = La dirección en la que se escucha (por defecto, todas las de este equipo: 0.0.0.0).
help-serve-token = El token que deben presentar los participantes (por defecto, 128 bits aleatorios).
help-sync = Mantiene un archivo de ciclo sincronizado con una sala de taller, en ambos sentidos y sin ventana: los cambios de la sala se escriben en el archivo, y lo que se guarda en el archivo llega a la sala.
help-sync-url = La URL de la sala, tal como aparece en la terminal del anfitrión: ws://HOST:PORT/ROOM?token=… (o wss://).
help-sync-file = El ciclo (.ron); si la sala está vacía, la llena.
help-sync-ca = Para wss://: confía además en las autoridades de certificación de este archivo PEM (para un servidor con certificado de una CA privada). Si SSL_CERT_FILE está definida, también se confía en ella.
help-join = Abre la ventana conectada a un taller en vivo (como Taller ▸ Unirse a un taller…).
help-join-url = La URL de la sala, tal como la muestra quien organiza el taller: ws://HOST:PORT/ROOM?token=… (o wss://).
help-slides = Escribe las diapositivas de una presentación: el ciclo y luego una diapositiva por momento, como presentación PDF (-o deck.pdf), presentación de PowerPoint (-o deck.pptx) o carpeta de imágenes PNG (-o folder).
help-slides-output = La presentación de salida: un archivo .pdf o .pptx, o una carpeta para los PNG (se crea si no existe).
help-any-file = El ciclo (.ron).
help-any-width = Ancho en píxeles (1920 por defecto).
help-any-height = Alto en píxeles (1080 por defecto).
help-any-help = Muestra esta ayuda.
help-any-version = Muestra la versión de Ciclo.
help-usage = Uso:
help-arguments = Argumentos:
help-options = Opciones:
help-commands = Comandos:
cli-usage-unknown-argument = { $arg } no es una opción de esta orden
cli-usage-did-you-mean = ¿quiso decir { $suggestion }?
cli-usage-unknown-command = no existe la orden \`{ $name }\`
cli-usage-invalid-value = { $arg } no admite el valor { $value }; admite: { $valid }
cli-usage-bad-value = { $value } no es un valor válido para { $arg }
cli-usage-bad-background = { $value } no sirve como fondo para { $arg }: use white, transparent o un color en formato #rrggbb (seis dígitos hexadecimales, como #f0f0f0)
cli-usage-not-a-number = { $value } no es un valor para { $arg }: se necesita un número entero
cli-usage-missing = esta orden necesita { $args }
cli-usage-conflict = { $arg } no se puede usar junto con { $other }
cli-usage-other = no se entiende la línea de órdenes: { $detail }
cli-usage-more = Para ver qué admite la orden: { $command } --help
`;var dc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

language-name = Русский

## The drawing: markers, centre, legend

drawing-start = Начало
drawing-end = Конец
drawing-centre = Удовлетворённость клиента
drawing-moment = Момент истины
drawing-satisfaction = Удовлетворённость (1–5)
drawing-curve = Кривая удовлетворённости

## Channels: names and explanations

channel-InPerson = Лично
channel-InPerson-tip = Лицом к лицу, в помещении компании.
channel-Phone = Телефон
channel-Phone-tip = Телефонный звонок — от первого гудка до прощания.
channel-Web = Веб-сайт
channel-Web-tip = Веб-страницы организации.
channel-App = Мобильное приложение
channel-App-tip = Мобильное приложение организации.
channel-Email = Электронная почта
channel-Email-tip = Письмо, которое клиент отправляет или получает по электронной почте.
channel-Chat = Чат
channel-Chat-tip = Переписка в реальном времени.
channel-SocialMedia = Социальные сети
channel-SocialMedia-tip = Публикации, комментарии и сообщения в социальных сетях.
channel-Advertising = Реклама
channel-Advertising-tip = Реклама, которую клиент видит или слышит.
channel-PointOfSale = Точка продаж
channel-PointOfSale-tip = Прилавок, магазин или стойка, где клиент делает покупку.
channel-ProductUse = Использование продукта
channel-ProductUse-tip = Клиент пользуется тем, что купил.
channel-WordOfMouth = Рекомендация знакомых
channel-WordOfMouth-tip = Кто-то рассказывает клиенту о сервисе.
channel-Other = Другое
channel-Other-tip = Любая другая точка контакта.

## Expectations: names and explanations

expectation-Warmth = Человеческое тепло
expectation-Warmth-tip = Чтобы к нему отнеслись по-доброму — как к человеку, а не как к номеру в очереди.
expectation-Speed = Скорость и оперативность
expectation-Speed-tip = Чтобы обслужили быстро, без лишнего ожидания.
expectation-Information = Точная и своевременная информация
expectation-Information-tip = Получить точные сведения именно тогда, когда они нужны.
expectation-Guarantees = Гарантии и выполнение обещаний
expectation-Guarantees-tip = Чтобы обещанное было выполнено, а если что-то пошло не так — исправлено.
expectation-Advice = Консультация
expectation-Advice-tip = Чтобы помогли выбрать лучший для него вариант.

## Principles: names, badge letters and explanations

principle-Reliability = Надёжность
principle-Reliability-tip = Делать ровно то, о чём договорились, — профессионально и по понятным правилам.
principle-Reliability-badge = Н
principle-Credibility = Достоверность
principle-Credibility-tip = Выполнять требования и подтверждать это фактами.
principle-Credibility-badge = Д
principle-Attractiveness = Привлекательность
principle-Attractiveness-tip = Оформление, упаковка и цена, которые привлекают клиента.
principle-Attractiveness-badge = П
principle-Agility = Оперативность
principle-Agility-tip = Быстрые и точные ответы и сведения.
principle-Agility-badge = О
principle-Interest = Заинтересованность
principle-Interest-tip = Снимать сомнения клиента и решать его проблемы.
principle-Interest-badge = З
principle-Teamwork = Совместная работа с клиентом
principle-Teamwork-tip = Давать клиентам инструменты и свежие сведения, чтобы они могли сами решать свои проблемы.
principle-Teamwork-badge = К

## Causes: names and explanations

cause-Apathy = Апатия
cause-Apathy-tip = Сотрудникам всё равно, получил ли клиент помощь.
cause-BrushOff = Пренебрежение
cause-BrushOff-tip = Желание отделаться от клиента вместо того, чтобы помочь.
cause-Coldness = Холодность
cause-Coldness-tip = Отстранённое, недружелюбное обращение.
cause-Superiority = Высокомерие
cause-Superiority-tip = Разговор с клиентом свысока.
cause-Robotism = Роботизм
cause-Robotism-tip = Один и тот же заученный текст для всех, без внимания к человеку.
cause-Rulebook = Правила важнее клиента
cause-Rulebook-tip = Внутренние правила ставятся выше потребностей клиента.
cause-Evasion = Уклончивые ответы
cause-Evasion-tip = Уход от прямых ответов или отсылка клиента к кому-то другому.
cause-BrokenPromise = Невыполненное обещание
cause-BrokenPromise-tip = Что-то обещали, но не сделали.
cause-Misinformation = Неверная информация
cause-Misinformation-tip = Сведения неверные, неполные или противоречивые.
cause-LongWait = Долгое ожидание
cause-LongWait-tip = Ждать приходится дольше, чем клиент считает разумным.
cause-PoorCommunication = Недостаток общения
cause-PoorCommunication-tip = Клиенту не говорят, что происходит и что будет дальше.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = «Оцените наше обслуживание»
evaluation-RateOurService-tip = Короткая просьба к клиенту оценить обслуживание.
evaluation-SuggestionBox = Ящик для предложений
evaluation-SuggestionBox-tip = Ящик или форма, куда клиенты пишут идеи и замечания.
evaluation-ServiceLine = Линия обслуживания клиентов
evaluation-ServiceLine-tip = Отдельная телефонная линия для вопросов и жалоб клиентов.
evaluation-Email = Электронная почта
evaluation-Email-tip = Адрес, по которому клиенты пишут в организацию.
evaluation-ContactLink = Ссылка для связи
evaluation-ContactLink-tip = Форма или ссылка для связи на сайте.
evaluation-Pqr = Запросы, жалобы и претензии
evaluation-Pqr-tip = Официальный канал для запросов, жалоб и претензий.
evaluation-Survey = Опрос
evaluation-Survey-tip = Анкета о впечатлениях клиента.
evaluation-SocialMedia = Социальные сети
evaluation-SocialMedia-tip = Внимание к тому, что клиенты пишут в социальных сетях.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = это не текстовый файл; документ Ciclo — это текст в кодировке UTF-8 в формате RON
problem-empty = файл пуст; создайте цикл командой \`ciclo new -o ФАЙЛ.ron\`
problem-json = похоже, это JSON; документы Ciclo пишутся в формате RON и начинаются с \`(\` и \`format: 1\` (см. docs/FORMAT.md)
problem-unknown-field = неизвестное поле \`{ $found }\`{ $hint }; допустимые поля: { $valid }
problem-unknown-value = неизвестное значение \`{ $found }\`{ $hint }; допустимые значения: { $valid }
problem-did-you-mean = {" "}— может быть, \`{ $name }\`?
problem-missing-format = в начале документа не хватает \`format: 1\`
problem-missing-field = не хватает обязательного поля \`{ $field }\`
problem-duplicate-field = поле \`{ $field }\` указано дважды; оставьте одно
problem-wrong-type = ожидалось { $expected }, а указано { $found }
problem-expected = ожидается { $expected }
problem-unexpected-end = файл обрывается раньше времени; вероятно, не хватает закрывающего символа \`)\`, \`]\` или \`"\`
problem-trailing-text = после скобки \`)\`, которая закрывает документ, есть ещё текст; удалите его
problem-syntax = синтаксическая ошибка RON: { $detail }
problem-newer-format = у этого файла формат { $found }: его создала более новая версия Ciclo, а эта версия читает форматы с 1 по { $known }. Обновите Ciclo, чтобы открыть файл
problem-bad-format = формата \`format: { $found }\` не существует; укажите \`format: 1\` (или \`format: { $known }\` для цикла с фотографиями)
problem-duplicate-id = id { $id } уже занят другим моментом; у каждого момента должен быть свой id (или удалите \`id\`, и он будет назначен автоматически)
problem-satisfaction = оценка удовлетворённости { $score } вне допустимых пределов; укажите целое число от 1 до 5 или удалите поле
problem-angle-range = угол { $angle } недопустим; укажите число градусов от 0 до 360 (не включая 360) или удалите \`angle\`, и момент займёт место на круге автоматически
problem-angle-order = угол { $angle } не больше угла предыдущего размещённого момента ({ $previous }); углы должны возрастать по ходу цикла — или удалите \`angle\`
problem-empty-name = у момента нет видимого названия (оно пустое или состоит только из пробелов и невидимых символов); укажите его
where-moment = момент { $number }
where-moment-named = момент { $number } «{ $name }»
where-field = поле \`{ $field }\`
expected-Id = целое положительное число (1, 2, 3…), не занятое другим моментом; или удалите \`id\`, и Ciclo назначит его сам
expected-StringEnd = закрывающая кавычка \`"\` в конце текста; одной кавычки не хватает
expected-String = текст в двойных кавычках, например "Добро пожаловать"
expected-Score = целое число от 1 до 5 (или удалите поле)
expected-Integer = целое число в допустимых пределах
expected-Float = число
expected-Boolean = \`true\` или \`false\`
expected-List = список в квадратных скобках, например [A, B]
expected-ListEnd = запятая или скобка \`]\`, закрывающая список
expected-StructStart = открывающая скобка \`(\`
expected-StructEnd = запятая или закрывающая скобка \`)\`
expected-Colon = двоеточие после имени поля
expected-Identifier = имя без кавычек, например \`InPerson\` или \`Reliability\`

## Reading a file

load-cannot-read = { $path }: не удаётся прочитать: { $error }
load-not-a-file = { $path }: это { $what }, а не файл; укажите путь к циклу .ron
load-too-large = { $path }: размер файла { $size } МиБ; Ciclo открывает документы размером до { $max } МиБ. Это точно нужный файл?
special-Directory = папка
special-Pipe = именованный канал
special-Device = устройство
special-Socket = сокет
special-Other = не обычный файл

## Saving and exporting

save-missing-folder = { $path }: не удаётся сохранить: папки { $folder } не существует. Сначала создайте её или выберите другую папку.
save-not-a-folder = { $path }: не удаётся сохранить: { $folder } — это файл, а не папка. Выберите другую папку.
save-exists = { $path } уже существует; выберите другое имя или добавьте --force, чтобы заменить его
save-broken-link = { $path } — ссылка на { $target }, которого не существует; выберите другое имя или добавьте --force, чтобы записать { $target }
save-is-the-input = { $path } — это входной файл; запись туда уничтожила бы его. Выберите другое имя для результата.
save-io = { $path }: не удаётся сохранить: { $error }.{ $previous ->
        [unchanged] {" "}Прежний файл остался без изменений.
       *[new] {""}
    } Проверьте, что в папку можно писать и на диске есть место, или выберите другое место.
export-size = Рисунок размером { $width }×{ $height } пикселей сделать нельзя: ширина и высота должны быть от { $min } до { $max }. Выберите другой размер.
export-unknown-format = { $name }: непонятно, в каком формате записывать. Дайте файлу расширение .png или .svg.
export-render = Не удалось нарисовать рисунок ({ $detail }). Попробуйте размер поменьше или другой формат.

## The analysis (check --summary, the report, the window's Analysis)

moment = Момент
moments-of-truth = Моменты истины
critical-moments = Критические моменты
average-satisfaction = Средняя удовлетворённость
total = Итого
decimal-separator = ,
moments-count = { $count ->
        [one] { $count } момент
        [few] { $count } момента
       *[many] { $count } моментов
    }
critical-line = { $critical } из { $moments } ({ $percent }%)
average-line = { $average } из 5 ({ $scored } из { $moments } с оценкой)
average-none = ни один момент не оценён ({ $scored } из { $moments } с оценкой)
missing-Improvement = нет меры по улучшению
missing-Owner = нет ответственного
missing-Both = нет ни меры по улучшению, ни ответственного
expectation-Warmth-short = Тепло
expectation-Speed-short = Скорость
expectation-Information-short = Информация
expectation-Guarantees-short = Гарантии
expectation-Advice-short = Совет
analysis-principles = Принципы по моментам
analysis-expectations = Ожидания по моментам
analysis-causes = Причины неудовлетворённости по числу затронутых моментов
analysis-no-causes = Причины неудовлетворённости не указаны.
analysis-missing-plans = Критические моменты без плана
analysis-all-planned = У каждого критического момента есть мера по улучшению и ответственный.
analysis-no-critical = Ни один момент не отмечен как критический.
summary-no-moments = (нет моментов)
summary-critical-moment = критический момент

## A moment's card, the slides, the command line

critical-moment = Критический момент
card-kicker = Момент { $number } из { $count } · { $channel }
why = Почему
expectations = Ожидания
principles = Принципы
satisfaction = Удовлетворённость
not-scored = Нет оценки
standard = Стандарт
improvement = Улучшение
owner = Ответственный
slides-cycle = цикл
slides-moment = момент
cli-new-cycle-title = Новый цикл обслуживания
cli-no-display = Ciclo не удалось открыть окно: графический дисплей не ответил. Запустите программу из графического сеанса или работайте без окна: \`ciclo export ФАЙЛ.ron -o ФАЙЛ.png\` рисует цикл, \`ciclo check ФАЙЛ.ron\` проверяет его (см. \`ciclo --help\`).

## Командная строка: ошибки, предупреждения и строки состояния

cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-check-ok = { $file }: в порядке, { $moments ->
        [one] { $moments } момент
        [few] { $moments } момента
       *[many] { $moments } моментов
    }, критических: { $critical }
cli-names-dropped = у { $dropped } из { $moments ->
        [one] { $moments } момента
       *[other] { $moments } моментов
    } названия не поместились и пропущены (пронумерованные узлы нарисованы); экспортируйте картинку побольше с --width и --height, чтобы показать все названия
cli-slides-written = { $output }: { $count ->
        [one] { $count } слайд
        [few] { $count } слайда
       *[many] { $count } слайдов
    }
cli-no-help-topic = справки по теме \`{ $topic }\` нет; есть темы: { $topics }
cli-side-out-of-range = --{ $option } { $value } вне допустимого диапазона; укажите от { $min } до { $max } пикселей
cli-photo-unusable = { $file }: { $where }: { $problem }; на его слайдах будет заглушка
cli-no-template = шаблона \`{ $name }\` нет; есть шаблоны: { $names }
cli-template-broken = не удаётся прочитать шаблон { $name }: { $error }
cli-not-workshop-url = { $url } — не адрес совместной работы: он начинается с ws:// или wss://, например ws://192.168.1.20:7420/cena?token=…
cli-no-window-build = этот ciclo собран без окна (функция cargo \`window\`); соберите его с функциями по умолчанию, чтобы работать в окне, или используйте команду вроде \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: комната называется по имени файла; дайте файлу имя в UTF-8
cli-serve-same-name = два файла называются { $name }; комнаты называются по именам файлов, поэтому переименуйте один из них
cli-serve-empty-token = --token пуст; уберите его, и будет выбран случайный
cli-serve-no-token = не удалось получить случайный токен ({ $error }); задайте его через --token
cli-serve-cannot-listen = не удаётся слушать { $address }; возможно, порт { $port } занят другой программой: выберите другой через --port
cli-serve-hosting = { $count ->
    [one] Открыта { $count } комната. Участники подключаются по адресу:
    [few] Открыто { $count } комнаты. Участники подключаются по адресам:
   *[other] Открыто { $count } комнат. Участники подключаются по адресам:
}
cli-serve-firewall = Если другие не могут подключиться, откройте TCP-порт { $port } в брандмауэре этого компьютера.
cli-serve-stop-hint = Нажмите Ctrl+C, чтобы остановить; файлы записываются не позже чем через 2 с после каждого изменения и при остановке.
cli-serve-stopped = Остановлено; все комнаты сохранены.
cli-serve-merged = { $file } изменили, пока хост не работал; эти правки добавлены к сохранённому состоянию мастерской.
cli-serve-state-unreadable = не удалось прочитать { $state } ({ $error }); комната начинается заново из { $file }, поэтому тем, кто в ней был, нужно выйти и подключиться снова.
cli-sync-cannot-read = { $file }: не удаётся прочитать
cli-sync-refused = мастерская не пустила: { $reason }
cli-sync-no-answer = { $url } не ответил за 20 с; проверьте адрес и что хост запущен
cli-sync-seeded = Комната была пуста: её заполнил { $file }.
cli-sync-follows = { $file } теперь следует за комнатой.
cli-sync-keeping = { $file } синхронизируется с { $url }; Ctrl+C останавливает.
cli-sync-lost = Соединение потеряно; переподключаемся (ваши правки сохранены)…
cli-sync-connected = Снова на связи.
cli-sync-waiting = { $message }; ждём следующего сохранения
cli-sync-renumbered = Новый момент «{ $name }» стал моментом { $id } в мастерской (в файле он был { $old }).
io-NotFound = такого файла нет; проверьте имя и папку (\`ciclo new -o ФАЙЛ.ron\` создаёт цикл)
io-PermissionDenied = нет доступа; попросите права на файл или скопируйте его в свою папку

## The window

menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-language = Язык
menu-help = Справка
shortcuts = Сочетания клавиш
about = О программе Ciclo
about-body = Ciclo рисует циклы обслуживания: моменты истины, через которые проходит клиент, в виде циферблата, с выделенными критическими моментами. Постройте цикл мышью и клавиатурой, разберите каждый момент в панели свойств справа и экспортируйте рисунок для своих слайдов.
mouse-help = Мышь: перетащите момент по кольцу, чтобы переместить его; двойной щелчок по кольцу добавляет момент в этом месте; перетаскивание пустого места или средняя кнопка сдвигают вид; Ctrl+колёсико меняет масштаб.
close = Закрыть
cmd-new = Создать
cmd-open = Открыть…
cmd-save = Сохранить
cmd-save-as = Сохранить как…
cmd-export = Экспорт…
cmd-quit = Выход
cmd-undo = Отменить
cmd-redo = Повторить
cmd-add = Добавить момент
cmd-insert-after = Вставить после выбранного
cmd-delete = Удалить момент
cmd-distribute = Расставить равномерно
cmd-next = Выбрать следующий
cmd-previous = Выбрать предыдущий
cmd-earlier = Сдвинуть раньше
cmd-later = Сдвинуть позже
cmd-zoom-in = Увеличить
cmd-zoom-out = Уменьшить
cmd-zoom-fit = Показать целиком
cmd-select-none = Снять выделение
cmd-canvas-only = Только холст
tip-canvas-only = Скрыть список моментов и панель свойств, чтобы цикл занял всё окно; повторное нажатие вернёт их
a11y-moment = Момент { $number } из { $count }
a11y-critical = критический
a11y-satisfaction = удовлетворённость { $score } из 5
show-list = Список моментов
show-inspector = Панель свойств
dropped-labels = Не показано названий
tip-dropped-labels = На рисунке не хватает места для всех названий. Увеличьте его (Экспорт), сократите названия или разделите цикл.
new-from-template = Создать из шаблона
recent-files = Недавние файлы
no-recent = Недавних файлов нет
theme = Тема
light = Светлая
dark = Тёмная
tip-add = Добавить новый момент истины в конец цикла
tip-insert-after = Вставить новый момент сразу после выбранного (Insert)
tip-delete = Удалить выбранный момент (Delete); «Отменить» вернёт его
tip-distribute = Забыть положения, заданные вручную, и расставить моменты по кольцу через равные промежутки
tip-zoom-fit = Показать весь рисунок (Ctrl+0)
tip-export = Сохранить рисунок для слайдов в формате PNG или SVG
step-cycle = данные цикла
step-rename = переименование
step-moment = данные момента
step-critical = отметка критического момента
step-satisfaction = оценка удовлетворённости
step-add = добавление момента
step-delete = удаление момента
step-reorder = изменение порядка
step-move = перемещение по кольцу
step-distribute = равномерная расстановка
add = Добавить
delete = Удалить
up = Выше
mark-critical = Отметить как критический
unmark-critical = Не критический
insert-short = Вставить после
down = Ниже
no-moments = Моментов пока нет. Добавьте первый или дважды щёлкните по кольцу.
canvas = Холст цикла обслуживания
empty-hint = Чтобы начать, дважды щёлкните по кольцу или нажмите «Добавить момент»
drag-hint = Перетащите вдоль кольца, чтобы переместить
name = Название
description = Описание
channel = Канал
expectations-2 = Ожидания клиента
own-expectations = Другие ожидания
principles-2 = Принципы хорошего обслуживания
evaluation = Оценка
critical-moment-2 = Критический момент истины
causes = Что вызывает неудовлетворённость
satisfaction-2 = Удовлетворённость клиента (1–5)
clear = Сбросить
improvement-2 = Стандарт и улучшение
standard-2 = Стандарт обслуживания
improvement-action = Мера по улучшению
notes = Заметки
service-cycle = Цикл обслуживания
nothing-selected = Момент не выбран: здесь данные всего цикла.
title = Заголовок
organization = Организация
customer = Клиент
promise = Сервисное обещание
services = Пакеты услуг
primary-services = Основные услуги
secondary-services = Дополнительные услуги
evaluation-mechanisms = Способы оценки обслуживания
document-language = Язык документа
add-item = + Добавить
remove-item = Удалить этот пункт
new-item = Новый пункт
sat-very-low = 1: совсем не доволен
sat-low = 2: не доволен
sat-mid = 3: нейтрально
sat-high = 4: доволен
sat-very-high = 5: очень доволен
zoom = Масштаб
untitled = Без названия
unsaved = изменения не сохранены
saved = Сохранено
exported = Экспортировано:
unsaved-title = Сохранить изменения?
unsaved-body = В этом цикле есть несохранённые изменения. Сохранить их сначала?
dont-save = Не сохранять
cancel = Отмена
ok = ОК
open-failed = Не удалось открыть файл
save-failed = Не удалось сохранить цикл
save-failed-hint = Ваши изменения никуда не делись, но не сохранены. Попробуйте «Сохранить как…» и выберите другую папку.
export-failed = Не удалось экспортировать рисунок
recover-title = Восстановить несохранённую работу?
recover-body = В прошлый раз Ciclo неожиданно закрылся. Осталась резервная копия несохранённого цикла.
restore = Восстановить
discard = Не восстанавливать
export-title = Экспорт рисунка
format = Формат
size = Размер
square = квадрат
custom = Свой размер
pixels = Ширина × высота
width = Ширина в пикселях
height = Высота в пикселях
background = Фон
white = Белый
transparent = Прозрачный
export-hint = Холст показывает рисунок именно в этом размере: что видите, то и получите.
tip-satisfaction-curve = Нарисовать оценки удовлетворённости моментов кривой внутри кольца, чтобы было видно, где впечатление клиента проседает.
tip-png = Растровое изображение, готовое для слайдов
tip-svg = Векторный рисунок с редактируемым текстом
text-as-paths = Текст в кривых
tip-text-as-paths = Только для SVG: текст превращается в кривые, и рисунок выглядит одинаково на любом компьютере, даже без шрифта Ciclo. Подходит для слайдов; редактировать текст после этого будет нельзя.
tip-moment = Момент истины — любое мгновение, когда клиент соприкасается с сервисом (сотрудник, телефонный звонок, сайт, вывеска) и составляет мнение о его качестве.
tip-cycle = Цикл обслуживания — вся последовательность моментов истины, через которые проходит клиент, чтобы получить услугу; его рисуют по часовой стрелке, как циферблат.
tip-name = Короткое название момента; оно пишется рядом с его точкой на кольце.
tip-description = Что происходит в этот момент — глазами клиента.
tip-channel = Как клиент соприкасается с сервисом в этот момент: лично, по телефону, через сайт…
tip-expectations = Чего клиент ждёт в этот момент.
tip-own-expectations = Ожидания своими словами, помимо пяти привычных.
tip-critical = Критический момент истины — тот, в котором потребности клиента не удовлетворены; на рисунке он выделен красным цветом и более толстым контуром.
tip-causes = Из-за чего клиент остаётся недоволен этим моментом.
tip-satisfaction = Насколько клиенты довольны этим моментом: от 1 (совсем не довольны) до 5 (очень довольны), например по опросу CSAT.
tip-clear-satisfaction = Убрать оценку: момент ещё не измеряли.
tip-standard = Измеримый уровень обслуживания, согласованный для этого момента, например «трубку снимают не позже третьего гудка».
tip-improvement = Что будет сделано, чтобы этот момент стал лучше.
tip-owner = Кто отвечает за улучшение.
tip-notes = Всё остальное, что стоит помнить об этом моменте.
tip-title = Заголовок, который пишется вверху рисунка.
tip-organization = Компания или команда, которая оказывает эту услугу.
tip-cycle-description = Что охватывает этот цикл и кто его составил.
tip-customer = Кто клиент: внешний, который платит, или внутренний — коллега, который получает результат вашей работы.
tip-promise = Что организация обещает своим клиентам; обещание должно быть измеримым, чтобы можно было проверить, выполняется ли оно.
tip-primary = Пакет основных услуг: то, ради чего клиент на самом деле приходит.
tip-secondary = Пакет дополнительных услуг: то, что сопровождает основную услугу (парковка, Wi-Fi, кофе…).
tip-evaluation = Как организация слушает своих клиентов, чтобы оценивать обслуживание и планировать улучшения.
tip-principles = Принципы хорошего обслуживания клиентов, которые этот момент проверяет на деле.
tip-evaluation-section = Каково клиенту в этот момент: подводит ли его сервис, почему и насколько он доволен.
tip-improvement-section = Уровень обслуживания, согласованный для этого момента, и что будет сделано, чтобы его достичь.
tip-services = Что предлагает организация: основная услуга, ради которой приходит клиент, и то, что к ней прилагается.
tip-document-language = Язык надписей, которые добавляет рисунок (Начало, Конец, легенда).
cmd-present = Презентация
tip-present = Показать цикл на весь экран, по одному моменту, для группы
cmd-analysis = Анализ
tip-analysis = Количество, удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана
cmd-new-from-template = Создать из шаблона…
tip-new-from-template = Начать с одного из примеров циклов
cmd-export-report = Экспорт отчёта…
tip-export-report = Записать отчёт семинара (HTML или Markdown): рисунок, все моменты, анализ и план улучшений
cmd-export-slides = Экспорт слайдов…
tip-export-slides = Записать слайд со всем циклом и по слайду на каждый момент, в виде PNG 1920×1080 в папку
present-hint = Стрелка вправо или Пробел: далее  ·  Стрелка влево: назад  ·  Esc: выход
present-exit = Выйти из презентации (Esc)
present-cycle = Весь цикл
analysis-title = Анализ цикла
an-empty = Добавьте моменты истины, чтобы увидеть анализ.
scored-line = ({ $scored } из { $moments } с оценкой)
an-no-score = ни один момент ещё не оценён
an-missing-plans = Критические моменты без полного плана
an-click-to-select = Нажмите, чтобы выбрать этот момент в редакторе
an-causes = Причины неудовлетворённости по числу моментов
an-no-causes = Причины неудовлетворённости пока не указаны.
an-principles = Моменты × принципы хорошего обслуживания
an-expectations = Моменты × ожидания клиента
gallery-hint = Каждый шаблон — реалистичный цикл для доработки. Он откроется как новый, ещё не сохранённый цикл.
report-written = Отчёт записан:
report-failed = Не удалось записать отчёт
slides-written = Слайдов записано:
slides-failed = Не удалось записать слайды
critical-count = { $count ->
        [one] { $count } критический
       *[other] { $count } критических
    }

## File dialogs, new moments

dialogs-open-service-cycle = Открыть цикл обслуживания
dialogs-save-service-cycle = Сохранить цикл обслуживания
dialogs-export-report = Экспорт отчёта
dialogs-slides-folder = Выберите папку для слайдов


default-moment-name = Момент { $number }

## The window: commands, palette, themes

cmd-open-recent = Открыть недавний файл
cmd-rename = Переименовать момент
tip-rename = Перейти к названию выбранного момента (F2)
cmd-palette = Палитра команд…
tip-palette = Найти любую команду по части названия (Ctrl+Shift+P)
palette-hint = Начните вводить название команды
palette-nothing = Нет команды с таким названием
cmd-dismiss = Закрыть или снять выделение
tip-dismiss = Закрыть верхнее окно или диалог; если их нет, снять выделение (Esc)
high-contrast = Высокая контрастность

## The workshop report

report-about = О цикле
report-picture = Схема цикла
report-own-words = словами клиента
report-critical = Критический
report-yes = да
report-no = нет
report-causes = Причины неудовлетворённости
report-not-scored = нет оценки
report-plan = План улучшений
report-plan-order = Сначала критические моменты (отмечены !), затем остальные; в каждой группе — по порядку цикла.
report-no-plan = Ни для одного момента пока не намечена мера по улучшению.
report-action = Мера
report-count = Моменты
report-cause = Причина
report-unknown-format = не удаётся понять, в каком формате писать отчёт { $path }; дайте файлу расширение .md или .html
report-picture-failed = не удалось нарисовать схему цикла для отчёта: { $error }

## Совместная работа
menu-workshop = Совместная работа
cmd-host-workshop = Начать совместную работу
tip-host-workshop = Коллеги в этой сети смогут редактировать цикл вместе с вами, в реальном времени, из своего Ciclo
cmd-join-workshop = Присоединиться…
tip-join-workshop = Редактировать цикл, который открыл другой участник, вместе со всеми
cmd-leave-workshop = Выйти из совместной работы
tip-leave-workshop = Закончить совместное редактирование; цикл останется открытым здесь как несохранённый документ
ws-live = В сети
ws-people = { $count ->
        [one] { $count } участник
        [few] { $count } участника
       *[many] { $count } участников
    }
ws-connected = подключено
ws-connecting = подключение
ws-reconnecting = переподключение
ws-refused = отказано
ws-host-failed = Не удалось начать совместную работу
ws-join-failed = Не удалось присоединиться
ws-name-title = Ваше имя
ws-name-hint = Другие участники увидят его рядом с тем, что вы выделили; цвет выбирается по имени.
ws-join-title = Присоединиться к совместной работе
ws-join-hint = Вставьте адрес, который показывает организатор (начинается с ws:// или wss://):
ws-join = Присоединиться
ws-panel-title = Присоединяйтесь
ws-panel-hint = В той же сети откройте Ciclo, выберите «Совместная работа > Присоединиться…» и вставьте:
ws-copy = Копировать адрес
ws-token = Ключ
ws-firewall = Если никто не может подключиться, разрешите Ciclo (TCP-порт 7420) в брандмауэре этого компьютера.
ws-participants = Участники
ws-you = вы
ws-show-panel = Показать адрес для подключения
ws-on-moment = { $name } выбирает этот момент
## Photos and decks

step-photos = фотографии
photos-heading = Фотографии
photo-add = Добавить фото…
photo-add-tip = Добавить фотографии этого момента (JPEG, PNG или WebP); их можно и перетащить на момент или сюда
photo-caption = Подпись
photo-earlier = Переместить фото выше
photo-later = Переместить фото ниже
photo-remove-tip = Убрать фото из момента (файл останется на месте)
photo-remove = Убрать
photo-loading = загрузка…
photo-filter = Изображения
photo-word = Фото
cmd-export-pdf = Экспорт презентации PDF…
cmd-export-pdf-tip = Записать все слайды в один PDF с настоящим текстом и фотографиями, готовый к отправке по почте
cmd-export-pptx = Экспорт презентации PowerPoint…
cmd-export-pptx-tip = Записать все слайды в один файл PowerPoint (.pptx) с заголовками и заметками докладчика
deck-written = Презентация записана:
deck-dialog-title = Экспорт презентации
photo-not-found = фото не найдено
photo-unreadable = не удаётся прочитать фото
photo-not-a-file = это не файл
photo-too-large = { $mp } Мпикс, больше предела в { $max }; сохраните уменьшенную копию
photo-broken = это не изображение JPEG, PNG или WebP
photo-not-loaded = фото не загружено
exporting = Запись { $path }… { $seconds } с
exporting-then-closing = Запись { $path }… { $seconds } с. Ciclo закроется, как только запись завершится.
export-stopped = Экспорт прервался, не завершившись; попробуйте ещё раз.

## Справка командной строки (\`ciclo --help\`, \`ciclo COMMAND --help\`) и ошибки в вызове команд.
## help-COMMAND — краткое описание команды; help-COMMAND-ARG — текст аргумента или параметра;
## help-any-ARG подходит для всех команд, у которых есть ARG.
help-ciclo = Ciclo: составляйте циклы обслуживания — схемы в виде циферблата с моментами истины, через которые проходит клиент.
help-ciclo-long = Ciclo: составляйте циклы обслуживания — схемы в виде циферблата с моментами истины, через которые проходит клиент.

    Без команды (или с файлом .ron) открывает окно редактора.

    Ciclo говорит на языке системы, если знает его (английский, испанский, русский, португальский); другой язык можно выбрать через CICLO_LANG=es (или en, ru, pt).
help-ciclo-file = Цикл, который нужно открыть в окне.
help-export = Нарисовать цикл в виде рисунка PNG или SVG.
help-export-output = Файл рисунка: .png или .svg.
help-export-background = white (по умолчанию), transparent или цвет в виде #rrggbb.
help-export-satisfaction_curve = Нарисовать кривую удовлетворённости внутри кольца.
help-export-text_as_paths = Только для SVG: записать текст в кривых, чтобы файл на любом компьютере выглядел в точности как PNG (для слайдов); редактировать текст после этого будет нельзя.
help-check = Проверить циклы: по строке на файл; код выхода 1, если хотя бы один из них содержит ошибки.
help-check-files = Циклы (.ron).
help-check-summary = Также вывести анализ каждого корректного цикла: долю критических моментов, среднюю удовлетворённость, принципы и ожидания по моментам, причины неудовлетворённости и критические моменты без плана.
help-report = Записать отчёт мастерской: сведения о цикле, схему, все моменты, анализ и план улучшений — в Markdown (рисунок PNG кладётся рядом) или одним самодостаточным файлом HTML.
help-report-output = Файл отчёта: .md или .html.
help-new = Создать новый цикл — пустой или из шаблона.
help-new-output = Создаваемый файл.
help-new-template = Шаблон (см. \`ciclo templates\`).
help-new-lang = Язык нового цикла: en, es, ru или pt (по умолчанию — язык Ciclo: из CICLO_LANG или системный).
help-new-force = Заменить файл, если он уже существует.
help-templates = Показать список шаблонов.
help-help = Объяснить команду (\`ciclo help export\`) или формат файла цикла (\`ciclo help format\`).
help-help-topic = Команда или \`format\`.
help-serve = Провести мастерскую в реальном времени: для каждого цикла открывается комната, к которой участники в той же сети подключаются из своего Ciclo (или любого клиента Yjs); каждый файл записывается по мере изменений.
help-serve-files = Циклы (.ron); каждая комната называется по имени своего файла.
help-serve-port = TCP-порт, на котором принимать подключения (по умолчанию 7420).
help-serve-bind = Адрес, на котором принимать подключения (по умолчанию — все адреса этого компьютера: 0.0.0.0).
help-serve-token = Токен, который должны указать участники (по умолчанию — 128 случайных бит).
help-sync = Синхронизировать файл цикла с комнатой мастерской в обе стороны, без окна: изменения в комнате записываются в файл, а правки, сохранённые в файле, попадают в комнату.
help-sync-url = Адрес комнаты в том виде, в каком его выводит хост: ws://HOST:PORT/ROOM?token=… (или wss://).
help-sync-file = Цикл (.ron); если комната пуста, он её заполнит.
help-sync-ca = Для wss://: дополнительно доверять центрам сертификации из этого файла PEM (если у сервера сертификат частного ЦС). Файлу из SSL_CERT_FILE, если переменная задана, Ciclo тоже доверяет.
help-join = Открыть окно, подключённое к мастерской в реальном времени (как «Совместная работа ▸ Присоединиться…»).
help-join-url = Адрес комнаты в том виде, в каком его показывает организатор: ws://HOST:PORT/ROOM?token=… (или wss://).
help-slides = Записать слайды презентации: сначала цикл, затем по слайду на каждый момент — в виде презентации PDF (-o deck.pdf), презентации PowerPoint (-o deck.pptx) или папки с PNG (-o folder).
help-slides-output = Презентация для записи: файл .pdf или .pptx либо папка для PNG (создаётся, если её нет).
help-any-file = Цикл (.ron).
help-any-width = Ширина в пикселях (по умолчанию 1920).
help-any-height = Высота в пикселях (по умолчанию 1080).
help-any-help = Показать эту справку.
help-any-version = Показать версию Ciclo.
help-usage = Использование:
help-arguments = Аргументы:
help-options = Параметры:
help-commands = Команды:
cli-usage-unknown-argument = у этой команды нет параметра { $arg }
cli-usage-did-you-mean = может быть, { $suggestion }?
cli-usage-unknown-command = команды \`{ $name }\` нет
cli-usage-invalid-value = { $arg } не принимает значение { $value }; допустимые значения: { $valid }
cli-usage-bad-value = { $value } — недопустимое значение для { $arg }
cli-usage-bad-background = { $value } не подходит как фон для { $arg }: укажите white, transparent или цвет в виде #rrggbb (шесть шестнадцатеричных цифр, например #f0f0f0)
cli-usage-not-a-number = { $value } не подходит для { $arg }: нужно целое число
cli-usage-missing = для этой команды нужно указать { $args }
cli-usage-conflict = { $arg } нельзя указывать вместе с { $other }
cli-usage-other = не удаётся разобрать командную строку: { $detail }
cli-usage-more = Чтобы узнать, что принимает команда: { $command } --help
`;var pc=`# Every word Ciclo writes, in one language. See src/lang/mod.rs ("Adding a language").
# Ids are the same in every language file; so are the { $variables } of each message.

language-name = Português

## The drawing: markers, centre, legend

drawing-start = Início
drawing-end = Fim
drawing-centre = Satisfação do cliente
drawing-moment = Momento da verdade
drawing-satisfaction = Satisfação (1–5)
drawing-curve = Curva de satisfação

## Channels: names and explanations

channel-InPerson = Presencial
channel-InPerson-tip = Cara a cara, no próprio estabelecimento.
channel-Phone = Telefone
channel-Phone-tip = Uma ligação, do primeiro toque até a despedida.
channel-Web = Site
channel-Web-tip = As páginas da organização na internet.
channel-App = Aplicativo
channel-App-tip = O aplicativo de celular da organização.
channel-Email = E-mail
channel-Email-tip = Uma mensagem que o cliente envia ou recebe por e-mail.
channel-Chat = Chat
channel-Chat-tip = Uma conversa por escrito, em tempo real.
channel-SocialMedia = Redes sociais
channel-SocialMedia-tip = Publicações, comentários e mensagens nas redes sociais.
channel-Advertising = Publicidade
channel-Advertising-tip = Um anúncio que o cliente vê ou ouve.
channel-PointOfSale = Ponto de venda
channel-PointOfSale-tip = O balcão, a loja ou o quiosque onde o cliente compra.
channel-ProductUse = Uso do produto
channel-ProductUse-tip = O cliente usando o que comprou.
channel-WordOfMouth = Boca a boca
channel-WordOfMouth-tip = Alguém conta ao cliente sobre o serviço.
channel-Other = Outro
channel-Other-tip = Qualquer outro ponto de contato.

## Expectations: names and explanations

expectation-Warmth = Calor humano
expectation-Warmth-tip = Ser tratado com gentileza, como pessoa e não como número.
expectation-Speed = Rapidez e agilidade
expectation-Speed-tip = Ser atendido depressa, sem esperas desnecessárias.
expectation-Information = Informação correta e no momento certo
expectation-Information-tip = Receber informações exatas quando precisa delas.
expectation-Guarantees = Garantias e promessas cumpridas
expectation-Guarantees-tip = Que o prometido seja entregue, e que haja respaldo se algo falhar.
expectation-Advice = Orientação
expectation-Advice-tip = Ser orientado para a melhor escolha para si.

## Principles: names, badge letters and explanations

principle-Reliability = Confiabilidade
principle-Reliability-tip = Entregar exatamente o combinado, com profissionalismo e procedimentos claros.
principle-Reliability-badge = F
principle-Credibility = Credibilidade
principle-Credibility-tip = Cumprir os requisitos e comprovar isso com fatos.
principle-Credibility-badge = C
principle-Attractiveness = Atratividade
principle-Attractiveness-tip = Apresentação, embalagem e preço que atraem o cliente.
principle-Attractiveness-badge = A
principle-Agility = Agilidade
principle-Agility-tip = Respostas e informações rápidas e precisas.
principle-Agility-badge = G
principle-Interest = Interesse
principle-Interest-tip = Esclarecer as dúvidas e resolver os problemas do cliente.
principle-Interest-badge = I
principle-Teamwork = Trabalho em equipe com o cliente
principle-Teamwork-tip = Dar ao cliente as ferramentas e as novidades para que ele mesmo resolva seus problemas.
principle-Teamwork-badge = E

## Causes: names and explanations

cause-Apathy = Apatia
cause-Apathy-tip = Funcionários que não se importam se o cliente foi ajudado.
cause-BrushOff = Dispensa
cause-BrushOff-tip = Livrar-se do cliente em vez de ajudá-lo.
cause-Coldness = Frieza
cause-Coldness-tip = Um atendimento distante e pouco simpático.
cause-Superiority = Ar de superioridade
cause-Superiority-tip = Falar com o cliente de cima para baixo.
cause-Robotism = Atendimento robotizado
cause-Robotism-tip = O mesmo roteiro para todos, sem atenção à pessoa.
cause-Rulebook = Regulamento em primeiro lugar
cause-Rulebook-tip = Pôr as regras internas acima da necessidade do cliente.
cause-Evasion = Respostas evasivas
cause-Evasion-tip = Fugir de respostas claras ou empurrar o cliente para outro setor.
cause-BrokenPromise = Promessa não cumprida
cause-BrokenPromise-tip = Algo prometido que não foi entregue.
cause-Misinformation = Desinformação
cause-Misinformation-tip = Informação errada, incompleta ou contraditória.
cause-LongWait = Espera longa
cause-LongWait-tip = Esperar mais do que o cliente acha razoável.
cause-PoorCommunication = Falta de comunicação
cause-PoorCommunication-tip = O cliente não fica sabendo o que está acontecendo nem o que vem depois.

## Evaluation mechanisms: names and explanations

evaluation-RateOurService = “Avalie nosso atendimento”
evaluation-RateOurService-tip = Um convite rápido para o cliente dar uma nota ao serviço.
evaluation-SuggestionBox = Caixa de sugestões
evaluation-SuggestionBox-tip = Uma caixa ou formulário onde os clientes deixam ideias e observações.
evaluation-ServiceLine = Central de atendimento
evaluation-ServiceLine-tip = Uma linha telefônica dedicada a dúvidas e reclamações de clientes.
evaluation-Email = E-mail
evaluation-Email-tip = Um endereço para o qual os clientes escrevem à organização.
evaluation-ContactLink = Link de contato
evaluation-ContactLink-tip = Um formulário ou link de contato no site.
evaluation-Pqr = Pedidos, queixas e reclamações (PQR)
evaluation-Pqr-tip = Um canal formal para pedidos, queixas e reclamações.
evaluation-Survey = Pesquisa
evaluation-Survey-tip = Um questionário sobre a experiência do cliente.
evaluation-SocialMedia = Redes sociais
evaluation-SocialMedia-tip = Ouvir o que os clientes dizem nas redes sociais.

## The loader's problems: what is wrong with a document, and what to do

problem-not-text = este não é um arquivo de texto; um documento do Ciclo é texto UTF-8 no formato RON
problem-empty = o arquivo está vazio; crie um ciclo com \`ciclo new -o ARQUIVO.ron\`
problem-json = isto parece JSON; os documentos do Ciclo são RON e começam com \`(\` e \`format: 1\` (veja docs/FORMAT.md)
problem-unknown-field = campo desconhecido \`{ $found }\`{ $hint }; os campos válidos são { $valid }
problem-unknown-value = valor desconhecido \`{ $found }\`{ $hint }; os valores válidos são { $valid }
problem-did-you-mean = {" "}— você quis dizer \`{ $name }\`?
problem-missing-format = falta \`format: 1\` no início do documento
problem-missing-field = falta o campo obrigatório \`{ $field }\`
problem-duplicate-field = o campo \`{ $field }\` aparece duas vezes; mantenha só um
problem-wrong-type = esperava-se { $expected }, mas há { $found }
problem-expected = esperava-se { $expected }
problem-unexpected-end = o arquivo termina antes da hora; provavelmente falta um \`)\`, \`]\` ou \`"\` de fechamento
problem-trailing-text = há texto depois do \`)\` que fecha o documento; apague-o
problem-syntax = erro de sintaxe RON: { $detail }
problem-newer-format = este arquivo está no formato { $found }: foi criado por uma versão mais nova do Ciclo, e esta versão lê os formatos 1 a { $known }. Atualize o Ciclo para abri-lo
problem-bad-format = \`format: { $found }\` não existe; use \`format: 1\` (ou \`format: { $known }\` para um ciclo com fotos)
problem-duplicate-id = o id { $id } já é usado por outro momento; dê a cada momento um id próprio (ou remova \`id\` para que um seja atribuído)
problem-satisfaction = a satisfação { $score } está fora da faixa; use um número inteiro de 1 a 5, ou remova o campo
problem-angle-range = o ângulo { $angle } não é válido; use graus de 0 até 360 (sem incluir 360), ou remova \`angle\` para distribuí-lo por igual
problem-angle-order = o ângulo { $angle } não é maior que o do momento posicionado anterior ({ $previous }); os ângulos devem crescer ao longo do ciclo, ou remova \`angle\`
problem-empty-name = o momento não tem um nome visível (está vazio ou só tem espaços e caracteres invisíveis); dê um nome a ele
where-moment = momento { $number }
where-moment-named = momento { $number } “{ $name }”
where-field = campo \`{ $field }\`
expected-Id = um número inteiro positivo (1, 2, 3…) que nenhum outro momento use; ou remova \`id\` e o Ciclo atribui um
expected-StringEnd = o \`"\` que fecha este texto; falta uma aspa
expected-String = um texto entre aspas duplas, como "Bem-vindo"
expected-Score = um número inteiro de 1 a 5 (ou remova o campo)
expected-Integer = um número inteiro dentro da faixa
expected-Float = um número
expected-Boolean = \`true\` ou \`false\`
expected-List = uma lista entre colchetes, como [A, B]
expected-ListEnd = uma vírgula ou o \`]\` que fecha a lista
expected-StructStart = um \`(\` de abertura
expected-StructEnd = uma vírgula ou um \`)\` de fechamento
expected-Colon = dois-pontos depois do nome do campo
expected-Identifier = um nome sem aspas, como \`InPerson\` ou \`Reliability\`

## Reading a file

load-cannot-read = { $path }: não foi possível ler: { $error }
load-not-a-file = { $path }: isto é { $what }, não um arquivo; informe o caminho de um ciclo .ron
load-too-large = { $path }: o arquivo tem { $size } MiB; o Ciclo abre documentos de até { $max } MiB. É o arquivo certo?
special-Directory = uma pasta
special-Pipe = um pipe nomeado
special-Device = um dispositivo
special-Socket = um socket
special-Other = algo que não é um arquivo comum

## Saving and exporting

save-missing-folder = { $path }: não foi possível salvar: a pasta { $folder } não existe. Crie-a antes ou escolha outra pasta.
save-not-a-folder = { $path }: não foi possível salvar: { $folder } é um arquivo, não uma pasta. Escolha outra pasta.
save-exists = { $path } já existe; escolha outro nome ou acrescente --force para substituí-lo
save-broken-link = { $path } é um link para { $target }, que não existe; escolha outro nome, ou acrescente --force para gravar { $target }
save-is-the-input = { $path } é o arquivo de entrada; gravar ali o destruiria. Escolha outro nome para a saída.
save-io = { $path }: não foi possível salvar: { $error }.{ $previous ->
        [unchanged] {" "}O arquivo anterior continua intacto.
       *[new] {""}
    } Verifique se a pasta aceita gravação e se há espaço no disco, ou escolha outro lugar.
export-size = Não é possível gerar uma imagem de { $width }×{ $height } pixels: a largura e a altura devem ficar entre { $min } e { $max }. Escolha outro tamanho.
export-unknown-format = { $name }: não dá para saber em que formato gravar. Dê ao arquivo a extensão .png ou .svg.
export-render = Não foi possível desenhar a imagem ({ $detail }). Tente um tamanho menor ou o outro formato.

## The analysis (check --summary, the report, the window's Analysis)

moment = Momento
moments-of-truth = Momentos da verdade
critical-moments = Momentos críticos
average-satisfaction = Satisfação média
total = Total
decimal-separator = ,
moments-count = { $count ->
        [0] { $count } momentos
        [one] { $count } momento
       *[other] { $count } momentos
    }
critical-line = { $critical } de { $moments } ({ $percent }%)
average-line = { $average } de 5 ({ $scored } de { $moments } avaliados)
average-none = nenhum momento avaliado ({ $scored } de { $moments } avaliados)
missing-Improvement = sem ação de melhoria
missing-Owner = sem responsável
missing-Both = sem ação de melhoria e sem responsável
expectation-Warmth-short = Cordialidade
expectation-Speed-short = Rapidez
expectation-Information-short = Info
expectation-Guarantees-short = Garantias
expectation-Advice-short = Orientação
analysis-principles = Princípios por momento
analysis-expectations = Expectativas por momento
analysis-causes = Causas de insatisfação, por momentos afetados
analysis-no-causes = Nenhuma causa de insatisfação registrada.
analysis-missing-plans = Momentos críticos sem plano
analysis-all-planned = Todo momento crítico tem uma ação de melhoria e um responsável.
analysis-no-critical = Nenhum momento está marcado como crítico.
summary-no-moments = (nenhum momento)
summary-critical-moment = momento crítico

## A moment's card, the slides, the command line

critical-moment = Momento crítico
card-kicker = Momento { $number } de { $count } · { $channel }
why = Por quê
expectations = Expectativas
principles = Princípios
satisfaction = Satisfação
not-scored = Sem avaliação
standard = Padrão
improvement = Melhoria
owner = Responsável
slides-cycle = ciclo
slides-moment = momento
cli-new-cycle-title = Novo ciclo de serviço
cli-no-display = O Ciclo não conseguiu abrir sua janela: nenhuma tela gráfica respondeu. Abra-o a partir de uma sessão de área de trabalho, ou trabalhe sem janela: \`ciclo export ARQUIVO.ron -o ARQUIVO.png\` desenha um ciclo e \`ciclo check ARQUIVO.ron\` o verifica (veja \`ciclo --help\`).

## A linha de comando: seus erros, avisos e linhas de status

cli-error = erro: { $message }
cli-warning = aviso: { $message }
# Em português, "one" também vale para 0 (CLDR); por isso o [0].
cli-check-ok = { $file }: ok, { $moments ->
        [0] { $moments } momentos
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $critical ->
        [0] { $critical } críticos
        [one] { $critical } crítico
       *[other] { $critical } críticos
    }
cli-names-dropped = { $dropped ->
        [one] o nome de { $dropped } dos { $moments } momentos não coube e ficou de fora
       *[other] os nomes de { $dropped } dos { $moments } momentos não couberam e ficaram de fora
    } (os nós numerados aparecem mesmo assim); exporte uma imagem maior com --width e --height para mostrar todos os nomes
cli-slides-written = { $output }: { $count ->
        [one] { $count } slide
       *[other] { $count } slides
    }
cli-no-help-topic = não há ajuda sobre \`{ $topic }\`; os tópicos são: { $topics }
cli-side-out-of-range = --{ $option } { $value } está fora do intervalo; use de { $min } a { $max } pixels
cli-photo-unusable = { $file }: { $where }: { $problem }; os slides dele mostram um espaço reservado no lugar
cli-no-template = não existe o modelo \`{ $name }\`; os modelos são: { $names }
cli-template-broken = não foi possível ler o modelo { $name }: { $error }
cli-not-workshop-url = { $url } não é o endereço de uma oficina: ele começa com ws:// ou wss://, como ws://192.168.1.20:7420/cena?token=…
cli-no-window-build = este ciclo foi compilado sem a janela (o recurso \`window\` do cargo); compile-o com os recursos padrão para desenhar na janela, ou use um comando como \`ciclo export\`

# \`ciclo serve\` and \`ciclo sync\`. $file is a path; $url a workshop address.
cli-serve-room-name = { $file }: cada sala recebe o nome do seu arquivo; use um nome de arquivo em UTF-8
cli-serve-same-name = há dois arquivos chamados { $name }; as salas recebem o nome do arquivo, então renomeie um deles
cli-serve-empty-token = --token está vazio; deixe-o de fora para receber um aleatório
cli-serve-no-token = não foi possível sortear um token ({ $error }); informe um com --token
cli-serve-cannot-listen = não é possível escutar em { $address }; talvez outro programa use a porta { $port }: escolha outra com --port
cli-serve-hosting = { $count ->
    [one] Hospedando uma sala. Os participantes entram com:
   *[other] Hospedando { $count } salas. Os participantes entram com:
}
cli-serve-firewall = Se os outros não conseguirem se conectar, libere a porta TCP { $port } no firewall deste computador.
cli-serve-stop-hint = Aperte Ctrl+C para parar; os arquivos são gravados até 2 s depois de cada mudança e ao parar.
cli-serve-stopped = Parado; todas as salas estão salvas.
cli-serve-merged = { $file } foi editado enquanto nenhum anfitrião rodava; essas edições entram no estado salvo da oficina.
cli-serve-state-unreadable = não foi possível ler { $state } ({ $error }); a sala recomeça a partir de { $file }, então quem estava nela deve sair e entrar de novo.
cli-sync-cannot-read = { $file }: não é possível ler
cli-sync-refused = a oficina não deixou entrar: { $reason }
cli-sync-no-answer = { $url } não respondeu em 20 s; confira o endereço e se o anfitrião está rodando
cli-sync-seeded = A sala estava vazia: { $file } a preencheu.
cli-sync-follows = { $file } agora acompanha a sala.
cli-sync-keeping = Mantendo { $file } em dia com { $url }; Ctrl+C para.
cli-sync-lost = A conexão caiu; reconectando (suas edições ficam guardadas)…
cli-sync-connected = Conectado de novo.
cli-sync-waiting = { $message }; aguardando o próximo salvamento
cli-sync-renumbered = O momento novo “{ $name }” é o momento { $id } na oficina (no arquivo era o { $old }).
io-NotFound = esse arquivo não existe; confira o nome e a pasta (\`ciclo new -o ARQUIVO.ron\` cria um ciclo)
io-PermissionDenied = sem permissão; peça acesso ao arquivo ou copie-o para uma pasta sua

## The window

menu-file = Arquivo
menu-edit = Editar
menu-view = Exibir
menu-language = Idioma
menu-help = Ajuda
shortcuts = Atalhos de teclado
about = Sobre o Ciclo
about-body = O Ciclo desenha ciclos de serviço: os momentos da verdade que um cliente vive, num mostrador de relógio, com os críticos destacados. Monte o ciclo com o mouse e o teclado, analise cada momento no inspetor e exporte a imagem para seus slides.
mouse-help = Mouse: arraste um momento pelo anel para movê-lo; clique duas vezes no anel para acrescentar um ali; arraste o espaço vazio ou use o botão do meio para deslocar a vista; Ctrl+roda aproxima e afasta.
close = Fechar
cmd-new = Novo
cmd-open = Abrir…
cmd-save = Salvar
cmd-save-as = Salvar como…
cmd-export = Exportar…
cmd-quit = Sair
cmd-undo = Desfazer
cmd-redo = Refazer
cmd-add = Adicionar momento
cmd-insert-after = Inserir depois do selecionado
cmd-delete = Excluir momento
cmd-distribute = Distribuir por igual
cmd-next = Selecionar o próximo
cmd-previous = Selecionar o anterior
cmd-earlier = Mover para antes
cmd-later = Mover para depois
cmd-zoom-in = Aproximar
cmd-zoom-out = Afastar
cmd-zoom-fit = Ajustar à janela
cmd-select-none = Não selecionar nada
cmd-canvas-only = Só a tela de desenho
tip-canvas-only = Esconde a lista de momentos e o inspetor para que o ciclo ocupe a janela inteira; de novo, eles voltam
a11y-moment = Momento { $number } de { $count }
a11y-critical = crítico
a11y-satisfaction = satisfação { $score } de 5
show-list = Lista de momentos
show-inspector = Inspetor
dropped-labels = Nomes omitidos
tip-dropped-labels = A imagem não tem espaço para todos os nomes. Aumente-a (Exportar), encurte os nomes ou divida o ciclo.
new-from-template = Novo a partir de modelo
recent-files = Arquivos recentes
no-recent = Nenhum arquivo recente
theme = Tema
light = Claro
dark = Escuro
tip-add = Acrescenta um novo momento da verdade no fim do ciclo
tip-insert-after = Insere um novo momento logo depois do selecionado (Insert)
tip-delete = Remove o momento selecionado (Delete); Desfazer o traz de volta
tip-distribute = Esquece as posições colocadas à mão e espaça os momentos por igual ao redor do anel
tip-zoom-fit = Mostra a imagem inteira (Ctrl+0)
tip-export = Salva a imagem do slide como PNG ou SVG
step-cycle = dados do ciclo
step-rename = renomear
step-moment = dados do momento
step-critical = marca de crítico
step-satisfaction = satisfação
step-add = adicionar momento
step-delete = excluir momento
step-reorder = reordenar
step-move = mover no anel
step-distribute = distribuir por igual
add = Adicionar
delete = Excluir
up = Subir
mark-critical = Marcar como crítico
unmark-critical = Não crítico
insert-short = Inserir depois
down = Descer
no-moments = Ainda não há momentos. Adicione um, ou clique duas vezes no anel.
canvas = Tela do ciclo de serviço
empty-hint = Clique duas vezes no anel ou em “Adicionar momento” para começar
drag-hint = Arraste pelo anel para movê-lo
name = Nome
description = Descrição
channel = Canal
expectations-2 = Expectativas do cliente
own-expectations = Outras expectativas
principles-2 = Princípios do bom atendimento
evaluation = Avaliação
critical-moment-2 = Momento da verdade crítico
causes = O que gera insatisfação
satisfaction-2 = Satisfação do cliente (1–5)
clear = Limpar
improvement-2 = Padrão e melhoria
standard-2 = Padrão de serviço
improvement-action = Ação de melhoria
notes = Observações
service-cycle = Ciclo de serviço
nothing-selected = Nenhum momento selecionado: estes são os dados do ciclo inteiro.
title = Título
organization = Organização
customer = Cliente
promise = Promessa de serviço
services = Pacotes de serviço
primary-services = Serviços principais
secondary-services = Serviços secundários
evaluation-mechanisms = Mecanismos de avaliação
document-language = Idioma do documento
add-item = + Adicionar
remove-item = Remover este item
new-item = Novo item
sat-very-low = 1: muito insatisfeito
sat-low = 2: insatisfeito
sat-mid = 3: neutro
sat-high = 4: satisfeito
sat-very-high = 5: muito satisfeito
zoom = Zoom
untitled = Sem título
unsaved = alterações não salvas
saved = Salvo
exported = Exportado
unsaved-title = Salvar as alterações?
unsaved-body = Este ciclo tem alterações que não foram salvas. Salvá-las antes?
dont-save = Não salvar
cancel = Cancelar
ok = OK
open-failed = Não foi possível abrir o arquivo
save-failed = Não foi possível salvar o ciclo
save-failed-hint = Suas alterações continuam aqui, sem salvar. Tente Salvar como… para escolher outra pasta.
export-failed = Não foi possível exportar a imagem
recover-title = Recuperar o trabalho não salvo?
recover-body = O Ciclo fechou inesperadamente da última vez. Uma cópia de recuperação do ciclo não salvo foi guardada.
restore = Recuperar
discard = Descartar
export-title = Exportar imagem
format = Formato
size = Tamanho
square = quadrado
custom = Personalizado
pixels = Largura × altura
width = Largura em pixels
height = Altura em pixels
background = Fundo
white = Branco
transparent = Transparente
export-hint = A tela mostra a imagem neste tamanho: o que você vê é o que vai obter.
tip-satisfaction-curve = Desenha a nota de satisfação de cada momento como uma curva dentro do anel, para mostrar onde a experiência cai.
tip-png = Uma imagem em bitmap, pronta para slides
tip-svg = Um desenho vetorial com texto editável
text-as-paths = Texto como contornos
tip-text-as-paths = Só SVG: o texto vira formas, e a imagem fica igual em qualquer computador, mesmo sem a fonte do Ciclo. Escolha para slides; o texto deixa de ser editável.
tip-moment = Um momento da verdade é qualquer instante em que o cliente entra em contato com o serviço (uma pessoa, uma ligação, uma página da web, uma placa) e julga sua qualidade.
tip-cycle = O ciclo de serviço é a sequência completa de momentos da verdade que um cliente vive para obter o serviço, desenhada em sentido horário num mostrador de relógio.
tip-name = Um nome curto para o momento, escrito ao lado do seu nó.
tip-description = O que acontece neste momento, visto pelo lado do cliente.
tip-channel = Como o cliente entra em contato com o serviço aqui: pessoalmente, por telefone, pela internet…
tip-expectations = O que o cliente espera receber neste momento.
tip-own-expectations = Expectativas com suas próprias palavras, além das cinco de sempre.
tip-critical = Um momento da verdade crítico é aquele em que as necessidades do cliente não são atendidas; o desenho o marca em vermelho, com um contorno mais grosso.
tip-causes = Por que o cliente sai insatisfeito deste momento.
tip-satisfaction = Quão satisfeitos os clientes estão com este momento, de 1 (muito insatisfeito) a 5 (muito satisfeito), por exemplo segundo uma pesquisa CSAT.
tip-clear-satisfaction = Remove a nota: ainda não foi medido.
tip-standard = O nível de serviço mensurável combinado para este momento, por exemplo “telefone atendido em até 3 toques”.
tip-improvement = O que será feito para melhorar este momento.
tip-owner = Quem é responsável pela melhoria.
tip-notes = Qualquer outra coisa que valha a pena lembrar sobre este momento.
tip-title = O título escrito no alto da imagem.
tip-organization = A empresa ou equipe que presta este serviço.
tip-cycle-description = O que este ciclo abrange e quem o montou.
tip-customer = Quem é o cliente: o cliente externo que paga, ou um colega interno que recebe o seu trabalho.
tip-promise = O que a organização promete a seus clientes; deve ser mensurável, para que se possa verificar se é cumprida.
tip-primary = O pacote de serviço principal: aquilo que o cliente realmente vem buscar.
tip-secondary = O pacote de serviço secundário: o que acompanha o serviço principal (estacionamento, Wi-Fi, café…).
tip-evaluation = Como a organização ouve seus clientes para avaliar o serviço e planejar melhorias.
tip-principles = Os princípios do bom atendimento que este momento põe à prova.
tip-evaluation-section = Como este momento está indo para o cliente: se falha com ele, por quê, e quão satisfeito ele fica.
tip-improvement-section = O nível de serviço combinado para este momento, e o que será feito para alcançá-lo.
tip-services = O que a organização oferece: o serviço principal que o cliente vem buscar, e o que vem junto.
tip-document-language = O idioma dos rótulos que a imagem acrescenta (Início, Fim, legenda).
cmd-present = Apresentar
tip-present = Mostra o ciclo em tela cheia, um momento de cada vez, para o grupo
cmd-analysis = Análise
tip-analysis = Contagens, satisfação, princípios e expectativas por momento, as causas de insatisfação e os momentos críticos sem plano
cmd-new-from-template = Novo a partir de modelo…
tip-new-from-template = Começar de um dos ciclos de exemplo
cmd-export-report = Exportar relatório…
tip-export-report = Grava o relatório da oficina (HTML ou Markdown): a imagem, cada momento, a análise e o plano de melhorias
cmd-export-slides = Exportar slides…
tip-export-slides = Grava um slide para o ciclo inteiro e um por momento, como imagens PNG de 1920×1080 numa pasta
present-hint = Seta para a direita ou Espaço: avançar  ·  Seta para a esquerda: voltar  ·  Esc: sair
present-exit = Sair da apresentação (Esc)
present-cycle = O ciclo inteiro
analysis-title = Análise do ciclo
an-empty = Adicione momentos da verdade para ver a análise.
scored-line = ({ $scored } de { $moments } avaliados)
an-no-score = nenhum momento avaliado ainda
an-missing-plans = Momentos críticos sem um plano completo
an-click-to-select = Clique para selecionar este momento no editor
an-causes = Causas de insatisfação, por momentos atingidos
an-no-causes = Nenhuma causa de insatisfação registrada ainda.
an-principles = Momentos × princípios do bom atendimento
an-expectations = Momentos × expectativas do cliente
gallery-hint = Cada modelo é um ciclo realista para adaptar. Ele abre como um ciclo novo, ainda não salvo.
report-written = Relatório gravado:
report-failed = Não foi possível gravar o relatório
slides-written = Slides gravados:
slides-failed = Não foi possível gravar os slides
critical-count = { $count ->
        [0] { $count } críticos
        [one] { $count } crítico
       *[other] { $count } críticos
    }

## File dialogs, new moments

dialogs-open-service-cycle = Abrir ciclo de serviço
dialogs-save-service-cycle = Salvar ciclo de serviço
dialogs-export-report = Exportar relatório
dialogs-slides-folder = Escolha uma pasta para os slides
default-moment-name = Momento { $number }

## The window: commands, palette, themes

cmd-open-recent = Abrir arquivo recente
cmd-rename = Renomear momento
tip-rename = Leva o cursor ao nome do momento selecionado (F2)
cmd-palette = Paleta de comandos…
tip-palette = Encontre qualquer comando digitando parte do nome (Ctrl+Shift+P)
palette-hint = Digite para encontrar um comando
palette-nothing = Nenhum comando tem esse nome
cmd-dismiss = Fechar ou desmarcar
tip-dismiss = Fecha a janela ou o diálogo de cima; se não houver nenhum, desfaz a seleção (Esc)
high-contrast = Alto contraste

## The workshop report

report-about = Sobre o ciclo
report-picture = O ciclo
report-own-words = nas palavras do cliente
report-critical = Crítico
report-yes = sim
report-no = não
report-causes = Causas de insatisfação
report-not-scored = sem avaliação
report-plan = Plano de melhorias
report-plan-order = Primeiro os momentos críticos (marcados com !), depois os demais, cada grupo na ordem do ciclo.
report-no-plan = Nenhum momento tem ainda uma ação de melhoria.
report-action = Ação
report-count = Momentos
report-cause = Causa
report-unknown-format = não dá para saber o formato do relatório { $path }; dê ao arquivo a extensão .md ou .html
report-picture-failed = não foi possível desenhar a imagem do relatório: { $error }

## Oficinas ao vivo
menu-workshop = Oficina
cmd-host-workshop = Conduzir uma oficina
tip-host-workshop = Deixa as pessoas desta rede editarem este ciclo com você, ao vivo, do próprio Ciclo
cmd-join-workshop = Entrar numa oficina…
tip-join-workshop = Edite um ciclo que outra pessoa conduz, junto com o restante do grupo
cmd-leave-workshop = Sair da oficina
tip-leave-workshop = Para de editar em grupo; o ciclo continua aberto aqui como documento não salvo
ws-live = Ao vivo
ws-people = { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }
ws-connected = conectado
ws-connecting = conectando
ws-reconnecting = reconectando
ws-refused = recusado
ws-host-failed = Não foi possível conduzir a oficina
ws-join-failed = Não foi possível entrar na oficina
ws-name-title = Seu nome
ws-name-hint = Os outros o verão ao lado do que você selecionar; sua cor vem dele.
ws-join-title = Entrar numa oficina
ws-join-hint = Cole o endereço que a pessoa que conduz mostra (começa com ws:// ou wss://):
ws-join = Entrar
ws-panel-title = Entre nesta oficina
ws-panel-hint = Na mesma rede, abra o Ciclo, escolha Oficina > Entrar numa oficina… e cole:
ws-copy = Copiar o endereço
ws-token = Chave
ws-firewall = Se ninguém conseguir se conectar, libere o Ciclo (porta TCP 7420) no firewall deste computador.
ws-participants = Participantes
ws-you = você
ws-show-panel = Mostrar o endereço para entrar
ws-on-moment = { $name } está com este momento selecionado
## Photos and decks

step-photos = fotos
photos-heading = Fotos
photo-add = Adicionar foto…
photo-add-tip = Adicione fotos deste momento (JPEG, PNG ou WebP); também pode arrastá-las para o momento ou para cá
photo-caption = Legenda
photo-earlier = Subir esta foto
photo-later = Descer esta foto
photo-remove-tip = Tirar esta foto do momento (o arquivo continua no disco)
photo-remove = Tirar
photo-loading = carregando…
photo-filter = Imagens
photo-word = Foto
cmd-export-pdf = Exportar apresentação PDF…
cmd-export-pdf-tip = Grava todos os slides num único PDF, com texto de verdade e as fotos, pronto para mandar por e-mail
cmd-export-pptx = Exportar apresentação PowerPoint…
cmd-export-pptx-tip = Grava todos os slides num arquivo do PowerPoint (.pptx), com títulos e notas do apresentador
deck-written = Apresentação gravada:
deck-dialog-title = Exportar apresentação
photo-not-found = foto não encontrada
photo-unreadable = não foi possível ler a foto
photo-not-a-file = isto não é um arquivo
photo-too-large = { $mp } megapixels, acima do limite de { $max }; salve uma cópia menor
photo-broken = não é uma imagem JPEG, PNG ou WebP
photo-not-loaded = foto não carregada
exporting = Gravando { $path }… { $seconds } s
exporting-then-closing = Gravando { $path }… { $seconds } s. O Ciclo fecha assim que terminar.
export-stopped = A exportação parou antes de terminar; tente de novo.

## A ajuda da linha de comando (\`ciclo --help\`, \`ciclo COMMAND --help\`) e os erros de uso.
## help-COMMAND é o resumo de um comando; help-COMMAND-ARG, o texto de um argumento ou opção;
## help-any-ARG vale para todos os comandos que têm ARG.
help-ciclo = Ciclo: crie ciclos de serviço, os diagramas em forma de relógio com os momentos da verdade que um cliente vive.
help-ciclo-long = Ciclo: crie ciclos de serviço, os diagramas em forma de relógio com os momentos da verdade que um cliente vive.

    Sem comando (ou com um arquivo .ron), abre a janela do editor.

    O Ciclo usa o idioma do sistema se o conhecer (inglês, espanhol, russo, português); CICLO_LANG=es (ou en, ru, pt) escolhe outro.
help-ciclo-file = Um ciclo para abrir na janela.
help-export = Desenha um ciclo como imagem PNG ou SVG.
help-export-output = A imagem de saída: .png ou .svg.
help-export-background = white (o padrão), transparent ou uma cor no formato #rrggbb.
help-export-satisfaction_curve = Desenha a curva de satisfação dentro do anel.
help-export-text_as_paths = Só SVG: grava o texto como contornos, para que o arquivo fique idêntico ao PNG em qualquer computador (bom para slides); depois disso, o texto não pode mais ser editado.
help-check = Verifica ciclos: uma linha por arquivo; sai com código 1 se algum for inválido.
help-check-files = Os ciclos (.ron).
help-check-summary = Mostra também a análise de cada ciclo válido: proporção de momentos críticos, satisfação média, princípios e expectativas por momento, causas de insatisfação e momentos críticos sem plano.
help-report = Grava o relatório da oficina: dados do ciclo, imagem, cada momento, análise e plano de melhorias, em Markdown (com o PNG ao lado) ou num único HTML autossuficiente.
help-report-output = O relatório de saída: .md ou .html.
help-new = Cria um ciclo novo, vazio ou a partir de um modelo.
help-new-output = O arquivo a ser criado.
help-new-template = Um modelo (veja \`ciclo templates\`).
help-new-lang = Idioma do ciclo novo: en, es, ru ou pt (por padrão, o que o Ciclo usa: o de CICLO_LANG ou o do sistema).
help-new-force = Substitui o arquivo se ele já existir.
help-templates = Lista os modelos.
help-help = Explica um comando (\`ciclo help export\`) ou o formato do arquivo de ciclo (\`ciclo help format\`).
help-help-topic = Um comando, ou \`format\`.
help-serve = Conduz uma oficina ao vivo: uma sala por ciclo, na qual os participantes entram pelo próprio Ciclo (ou por qualquer cliente Yjs) na mesma rede; cada arquivo é gravado à medida que muda.
help-serve-files = Os ciclos (.ron); cada sala recebe o nome do seu arquivo.
help-serve-port = A porta TCP em que escutar (7420 por padrão).
help-serve-bind = O endereço em que escutar (por padrão, todos os deste computador: 0.0.0.0).
help-serve-token = O token que os participantes precisam informar (por padrão, 128 bits aleatórios).
help-sync = Mantém um arquivo de ciclo em sincronia com uma sala de oficina, nos dois sentidos e sem janela: as mudanças da sala são gravadas no arquivo, e o que for salvo no arquivo chega à sala.
help-sync-url = A URL da sala, como aparece no terminal do anfitrião: ws://HOST:PORT/ROOM?token=… (ou wss://).
help-sync-file = O ciclo (.ron); se a sala estiver vazia, ele a preenche.
help-sync-ca = Para wss://: confia também nas autoridades certificadoras deste arquivo PEM (para um servidor com certificado de uma CA privada). SSL_CERT_FILE, quando definida, também é considerada confiável.
help-join = Abre a janela já conectada a uma oficina ao vivo (como faz Oficina ▸ Entrar numa oficina…).
help-join-url = A URL da sala, tal como mostrada por quem conduz a oficina: ws://HOST:PORT/ROOM?token=… (ou wss://).
help-slides = Grava os slides de uma apresentação: o ciclo e depois um slide por momento, como apresentação PDF (-o deck.pdf), apresentação do PowerPoint (-o deck.pptx) ou uma pasta de PNGs (-o folder).
help-slides-output = A apresentação de saída: um arquivo .pdf ou .pptx, ou uma pasta para os PNGs (criada se não existir).
help-any-file = O ciclo (.ron).
help-any-width = Largura em pixels (1920 por padrão).
help-any-height = Altura em pixels (1080 por padrão).
help-any-help = Mostra esta ajuda.
help-any-version = Mostra a versão do Ciclo.
help-usage = Uso:
help-arguments = Argumentos:
help-options = Opções:
help-commands = Comandos:
cli-usage-unknown-argument = { $arg } não é uma opção deste comando
cli-usage-did-you-mean = você quis dizer { $suggestion }?
cli-usage-unknown-command = não existe o comando \`{ $name }\`
cli-usage-invalid-value = { $arg } não aceita o valor { $value }; aceita: { $valid }
cli-usage-bad-value = { $value } não é um valor válido para { $arg }
cli-usage-bad-background = { $value } não serve como fundo para { $arg }: use white, transparent ou uma cor no formato #rrggbb (seis dígitos hexadecimais, como #f0f0f0)
cli-usage-not-a-number = { $value } não é um valor para { $arg }: é preciso um número inteiro
cli-usage-missing = este comando precisa de { $args }
cli-usage-conflict = { $arg } não pode ser usado junto com { $other }
cli-usage-other = não foi possível entender a linha de comando: { $detail }
cli-usage-more = Para ver o que o comando aceita: { $command } --help
`;var hc={en:cc,es:lc,ru:dc,pt:pc};function mc(t){for(let e of t){let n=String(e||"").toLowerCase().split(/[-_]/)[0];if(Object.hasOwn(hc,n))return n}return"en"}function uc(t){let e=new gn(t,{useIsolating:!1});return e.addResource(new wn(hc[t])),e}function fc(t){let e=uc(t),n=t==="en"?e:uc("en");return function(r,i){for(let s of[e,n]){let a=s.getMessage(r);if(a&&a.value)return s.formatPattern(a.value,i)}return r}}function Mo(t){let e=new TextEncoder().encode(t.trim().toLowerCase()),n=2166136261;for(let a of e)n=Math.imul(n^a,16777619)>>>0;let[o,r,i]=lu(n%360,.65,.45),s=a=>a.toString(16).padStart(2,"0");return"#"+s(o)+s(r)+s(i)}function lu(t,e,n){let o=(1-Math.abs(2*n-1))*e,r=t/60,i=o*(1-Math.abs(r%2-1)),s=[[o,i,0],[i,o,0],[0,o,i],[0,i,o],[i,0,o]][Math.trunc(r)]||[o,0,i],a=n-o/2;return s.map(c=>Math.min(255,Math.max(0,Math.round((c+a)*255))))}function ai(t){let e=t.split(/\s+/u).filter(Boolean);if(e.length===0)return"?";let n=o=>Array.from(o);return e.length===1?n(e[0]).slice(0,2).join("").toUpperCase():(n(e[0])[0]+n(e[e.length-1])[0]).toUpperCase()}function gc(t){return typeof t=="string"&&/^#[0-9a-fA-F]{6}$/.test(t)?t:null}var No="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";var ci=t=>{let e=No.indexOf(t);return e<0?null:e},wc=t=>[...t].every(e=>ci(e)!==null)&&!t.endsWith("0");function yc(t,e){return t=t??"",!wc(t)||e!=null&&(!wc(e)||e===""||!(t<e))?null:li(t,e)}function li(t,e){if(e!=null){let i=(a,c)=>c<a.length?a[c]:"0",s=0;for(;s<e.length&&i(t,s)===e[s];)s++;if(s>0){let a=li(t.slice(s),e.slice(s));return a===null?null:e.slice(0,s)+a}}let n=t.length?ci(t[0]):0,o=62;if(e!=null){if(!e.length)return null;o=ci(e[0])}if(o>n+1)return No[Math.floor((n+o)/2)];if(e!=null&&e.length>1)return e[0];let r=li(t.slice(1),null);return r===null?null:No[n]+r}function vc(t){let e=1,n=61;for(;n<t;)e++,n*=62;let o=Math.floor((n+1)/(t+1)),r=[];for(let i=1;i<=t;i++){let s=i*o,a=new Array(e).fill("0");for(let c=e-1;c>=0;c--)a[c]=No[s%62],s=Math.floor(s/62);for(;a.length&&a[a.length-1]==="0";)a.pop();r.push(a.join(""))}return r}function bc(t,e){return t.order<e.order?-1:t.order>e.order?1:t.id-e.id}var Ro=t=>t>=56320&&t<=57343;function xc(t,e,n=e.length){if(t===e)return null;let o=Math.min(t.length,e.length),r=Math.max(0,e.length-Math.min(Math.max(n,0),e.length)),i=0;for(;i<Math.min(o,r)&&t.charCodeAt(t.length-1-i)===e.charCodeAt(e.length-1-i);)i++;let s=0;for(;s<o-i&&t.charCodeAt(s)===e.charCodeAt(s);)s++;for(;s>0&&(Ro(e.charCodeAt(s))||Ro(t.charCodeAt(s)));)s--;for(;i>0&&(Ro(e.charCodeAt(e.length-i))||Ro(t.charCodeAt(t.length-i)));)i--;return{index:s,remove:t.length-s-i,insert:e.slice(s,e.length-i)}}function di(t,e){let n=0,o=0;for(let r of e){if(r.retain!=null)n+=r.retain;else if(r.insert!=null){let i=typeof r.insert=="string"?r.insert.length:1;n<t&&(o+=i)}else r.delete!=null&&(n<t&&(o-=Math.min(r.delete,t-n)),n+=r.delete);if(n>=t&&r.retain!=null)break}return Math.max(0,t+o)}var du="http://www.w3.org/2000/svg",pu=new Set(["svg","g","rect","circle","ellipse","line","polyline","polygon","path","text","tspan","image","title","desc","defs","clipPath","linearGradient","radialGradient","stop","mask"]),uu=/^(#|data:image\/(png|jpeg|webp|gif);base64,)/i;function kc(t){let e=[t,...t.getElementsByTagName("*")];for(let n of e.reverse()){if(n.namespaceURI!==du||!pu.has(n.localName)){n.remove();continue}for(let o of[...n.attributes]){let r=o.localName.toLowerCase();(r.startsWith("on")||r==="style"||r==="href"&&!uu.test(o.value.trim())||/^\s*(javascript|vbscript):/i.test(o.value))&&n.removeAttributeNode(o)}}return t}async function Sc(t,e,n){let o=await createImageBitmap(t,{imageOrientation:"from-image"});try{let r=Math.min(1,e/Math.max(o.width,o.height)),i=Math.max(1,Math.round(o.width*r)),s=Math.max(1,Math.round(o.height*r)),a=document.createElement("canvas");a.width=i,a.height=s;let c=a.getContext("2d");c.fillStyle="#ffffff",c.fillRect(0,0,i,s),c.imageSmoothingQuality="high",c.drawImage(o,0,0,i,s);let l=await new Promise(d=>a.toBlob(d,"image/jpeg",n));if(!l)throw new Error("encode");return l}finally{o.close?.()}}var pi=["InPerson","Phone","Web","App","Email","Chat","SocialMedia","Advertising","PointOfSale","ProductUse","WordOfMouth","Other"],$c=["Warmth","Speed","Information","Guarantees","Advice"],Ec=["Reliability","Credibility","Attractiveness","Agility","Interest","Teamwork"],Cc=["Apathy","BrushOff","Coldness","Superiority","Robotism","Rulebook","Evasion","BrokenPromise","Misinformation","LongWait","PoorCommunication"];var Ac=Symbol("page"),Tc="ciclo.name",ki=t=>document.querySelector(`meta[name="${t}"]`)?.getAttribute("content")??"",hu=ki("ciclo-room"),G=ki("ciclo-can-edit")==="true",Uc=new URLSearchParams(location.search).get("token")??"",_c=location.pathname.replace(/\/+$/,""),Ic=mc([ki("ciclo-lang"),...navigator.languages||[navigator.language]].filter(Boolean)),w=fc(Ic);document.documentElement.lang=Ic;var Si=(t,e={})=>{let n=new URLSearchParams({token:Uc,...e});return`${_c}${t}?${n}`},tt=new He,De=tt.getMap("moments"),Oc=tt.getMap("cycle"),mu=(location.protocol==="https:"?"wss://":"ws://")+location.host,W=new _o(mu,_c.slice(1),tt,{params:{token:Uc},disableBc:!0,connect:!1}),bn=W.awareness;bn.setLocalState(null);function m(t,e={},...n){let o=document.createElement(t);for(let[r,i]of Object.entries(e))i==null||i===!1||(r==="text"?o.textContent=i:r==="class"?o.className=i:r.startsWith("on")&&typeof i=="function"?o.addEventListener(r.slice(2),i):o.setAttribute(r,i===!0?"":String(i)));for(let r of n.flat())r!=null&&r!==!1&&o.append(r);return o}var fu=0,Dt=t=>`${t}-${++fu}`,Dc=(t,e)=>{let n=t?.get(e);return n instanceof he?n.toString():typeof n=="string"?n:""},jo=t=>t.replace(/[\s\u200b-\u200f\u2060\ufeff\u00ad]/gu,"")!=="";function Sn(){let t=[];return De.forEach((e,n)=>{if(!(e instanceof z)||!/^[1-9][0-9]{0,15}$/.test(n))return;let o=e.get("order");t.push({id:Number(n),key:n,map:e,order:typeof o=="string"?o:""})}),t.sort(bc)}var wi=t=>{let e=Dc(t.map,"name");return jo(e)?e:String(t.id)},gu=(t,e,n)=>{let o=t.get(e);return o instanceof z&&o.get(n)===!0},Mc=t=>{let e=t.get("satisfaction");return Number.isInteger(e)&&e>=1&&e<=5?e:null},yi=t=>{let e=t.get("channel");return pi.includes(e)?e:"InPerson"},Nc=document.getElementById("app"),vi=m("h1",{class:"title"}),qo=m("span",{class:"status",role:"status"}),xn=m("button",{type:"button",class:"people","aria-expanded":"false","aria-controls":"participants"}),Vo=m("div",{id:"participants",class:"participants",hidden:!0}),Rc=m("header",{class:"bar"},m("div",{class:"bar-main"},vi,m("div",{class:"bar-side"},qo,xn)),Vo),bi=m("p",{class:"notice",role:"alert",hidden:!0}),wu=G?null:m("p",{class:"note view-only",text:w("page-view-only")}),Me=m("figure",{class:"picture","aria-describedby":"moments-heading"}),vn=m("p",{class:"picture-state",text:w("page-picture-loading")}),yu=m("h2",{id:"moments-heading",text:w("page-moments")}),Po=m("ol",{class:"moments","aria-labelledby":"moments-heading"}),qc=m("p",{class:"note",text:w("page-no-moments"),hidden:!0});Nc.replaceChildren(Rc,m("div",{class:"layout"},m("section",{class:"stage","aria-label":w("service-cycle")},bi,wu,Me,vn),m("section",{class:"side"},yu,qc,Po)));Nc.removeAttribute("aria-busy");var te="";try{te=localStorage.getItem(Tc)||""}catch{}function Bo(t){if(!te)return;let e=bn.getLocalState();bn.setLocalState({user:{name:te,color:Mo(te)},selection:t!==void 0?t:e?.selection??null,dragging:!1})}function Pc(){let t=m("input",{id:"your-name",type:"text",autocomplete:"nickname",maxlength:"60",required:!0,enterkeyhint:"go","aria-describedby":"your-name-hint"});t.value=te;let e=m("dialog",{class:"name-prompt","aria-labelledby":"your-name-title"}),n=m("form",{method:"dialog"},m("h2",{id:"your-name-title",text:w("ws-name-title")}),m("label",{for:"your-name",class:"field-label",text:w("name")}),t,m("p",{id:"your-name-hint",class:"hint",text:w("ws-name-hint")}),m("button",{type:"submit",class:"primary",text:w("page-join")}));n.addEventListener("submit",o=>{o.preventDefault();let r=t.value.trim();if(!jo(r)){t.focus();return}te=r;try{localStorage.setItem(Tc,r)}catch{}e.close(),e.remove(),Bo(we?.id!=null?String(we.id):null),Ei()}),e.addEventListener("cancel",o=>{te||o.preventDefault()}),e.append(n),document.body.append(e),e.showModal(),t.focus()}function $i(){let t=[];return bn.getStates().forEach((e,n)=>{if(n===tt.clientID)return;let o=e?.user?.name;typeof o!="string"||!jo(o)||t.push({client:n,name:o.slice(0,80),color:gc(e.user.color)??Mo(o),selection:typeof e.selection=="string"?e.selection:null})}),t.sort((e,n)=>e.name.localeCompare(n.name)||e.client-n.client)}function Lo(t){let e=m("span",{class:"badge",text:ai(t.name),"aria-hidden":"true"});return e.style.backgroundColor=t.color,e}function Ei(){let t=$i(),e=t.length+(te?1:0);xn.replaceChildren(...t.slice(0,4).map(Lo),m("span",{text:w("ws-people",{count:e})})),xn.setAttribute("aria-label",`${w("ws-participants")}: ${w("ws-people",{count:e})}`);let n=[];te&&n.push(m("li",{},Lo({name:te,color:Mo(te)}),m("span",{text:`${te} (${w("ws-you")})`}),m("button",{type:"button",class:"link",text:w("page-change-name"),onclick:Pc})));for(let o of t)n.push(m("li",{},Lo(o),m("span",{text:o.name})));Vo.replaceChildren(m("h2",{text:w("ws-participants")}),m("ul",{},n)),zo(),Fc()}xn.addEventListener("click",()=>{let t=Vo.hidden;Vo.hidden=!t,xn.setAttribute("aria-expanded",String(t))});bn.on("change",()=>Fo(Ei));var xi=!1,kn=!1;function Ci(){let t="ws-connecting",e="connecting";W.wsconnected?(t="ws-connected",e="connected"):xi&&(t="ws-reconnecting",e="reconnecting"),kn&&(t="ws-refused",e="refused"),qo.className=`status ${e}`,qo.replaceChildren(m("span",{class:"dot","aria-hidden":"true"}),m("span",{text:w(t)})),qo.setAttribute("aria-label",`${w("page-connection")}: ${w(t)}`),kn||Lc(xi&&!W.wsconnected?w("page-offline"):"")}function Lc(t){bi.textContent=t,bi.hidden=!t}function Vc(){kn=!0,W.disconnect(),Lc(w("page-token-refused")),vn.hidden=!0,Ci()}W.on("status",({status:t})=>{t==="connected"&&(xi=!0),Ci()});W.on("sync",t=>{t&&(Fo(Bc),et(0))});function Ai(){kn||!navigator.onLine||(W.wsconnected?Date.now()-W.wsLastMessageReceived>2e4&&W.ws?.close():W.ws===null&&(W.wsUnsuccessfulReconnects=0,W.connect()),et(0))}document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&Ai()});window.addEventListener("online",Ai);window.addEventListener("pageshow",t=>{t.persisted&&Ai()});var ui=new Set,hi=0;function Fo(t){ui.add(t),hi||(hi=requestAnimationFrame(()=>{hi=0;let e=[...ui];ui.clear();for(let n of e)n()}))}var jc=0;tt.on("update",()=>{jc++,et(100)});De.observeDeep(()=>Fo(Bc));Oc.observeDeep(()=>Fo(Ti));function Bc(){Ti(),zo(),Eu()}function Ti(){let t=Dc(Oc,"title");vi.textContent=jo(t)?t:hu||w("service-cycle"),document.title=`${vi.textContent} · Ciclo`}var yn=new Map;function zo(){let t=Sn(),e=new Map;for(let o of $i())o.selection&&(e.has(o.selection)||e.set(o.selection,[]),e.get(o.selection).push(o));qc.hidden=t.length>0||!W.synced;let n=new Set;t.forEach((o,r)=>{n.add(o.id);let i=yn.get(o.id);if(!i){i=m("li",{class:"moment"});let u=m("button",{type:"button",class:"moment-open","data-id":String(o.id)});u.addEventListener("click",()=>Ui(o.id,u)),i.append(u),yn.set(o.id,i)}let s=i.firstChild,a=o.map.get("critical")===!0,c=Mc(o.map),l=e.get(String(o.id))??[];i.classList.toggle("critical",a);let d=[m("span",{class:"number",text:String(r+1),"aria-hidden":"true"}),m("span",{class:"moment-text"},m("span",{class:"moment-name",text:wi(o)}),m("span",{class:"moment-meta"},a?m("span",{class:"critical-tag",text:w("page-critical")}):null,m("span",{text:w(`channel-${yi(o.map)}`)}),c?m("span",{text:w("page-satisfaction",{score:c})}):null)),l.length?m("span",{class:"who"},l.map(Lo)):null];s.replaceChildren(...d);let p=[`${r+1}. ${wi(o)}`];a&&p.push(w("page-critical")),p.push(w(`channel-${yi(o.map)}`)),c&&p.push(w("page-satisfaction",{score:c}));for(let u of l)p.push(w("ws-on-moment",{name:u.name}));s.setAttribute("aria-label",p.join(", ")),we?.id===o.id?s.setAttribute("aria-current","true"):s.removeAttribute("aria-current"),Po.children[r]!==i&&Po.insertBefore(i,Po.children[r]??null)});for(let[o,r]of yn)n.has(o)||(r.remove(),yn.delete(o))}var A={busy:!1,again:!1,timer:0,rev:null,w:0,h:0,ids:[],shown:-1,tries:0};function vu(){let t=Math.round(Me.clientWidth||window.innerWidth),e=Rc.getBoundingClientRect().height,n=window.matchMedia("(min-width: 900px)").matches,o=window.innerHeight-e-(n?24:16);n||(o=Math.min(o,Math.round(t*1.25)));let r=i=>Math.max(200,Math.min(4e3,i));return{w:r(t),h:r(Math.round(o))}}function et(t){kn||(clearTimeout(A.timer),A.timer=setTimeout(bu,t))}async function bu(){if(A.busy){A.again=!0;return}A.busy=!0;let{w:t,h:e}=vu(),n=Sn().map(i=>i.id),o=jc,r=0;try{let i=await fetch(Si("/picture.svg",{w:t,h:e}),{cache:"no-cache",credentials:"same-origin"});if(i.status===401){Vc();return}if(!i.ok)throw new Error(String(i.status));let s=i.headers.get("X-Ciclo-Revision"),a=await i.text();s!==null&&s===A.rev&&t===A.w&&e===A.h?o>A.shown&&A.tries<4?(A.tries++,r=150):(A.ids=n,A.shown=o):(xu(a,n),A.rev=s,A.w=t,A.h=e,A.shown=o,A.tries=0),vn.hidden=!0}catch{vn.textContent=w("page-picture-failed"),vn.hidden=!1,r=3e3}finally{A.busy=!1,A.again?(A.again=!1,et(0)):r&&et(r)}}function xu(t,e){let n=new DOMParser().parseFromString(t,"image/svg+xml"),o=n.documentElement;if(!o||o.localName!=="svg"||n.getElementsByTagName("parsererror").length)throw new Error("svg");kc(o);let r=document.importNode(o,!0);r.removeAttribute("width"),r.removeAttribute("height"),r.setAttribute("role","img"),r.setAttribute("aria-label",w("page-picture")),r.setAttribute("focusable","false"),Me.replaceChildren(r),A.ids=e,Fc()}function ku(t){for(let o=t.target;o&&o!==Me;o=o.parentNode)if(!(o.localName!=="g"||!o.classList))for(let r of o.classList){let i=/^(?:node|label)-([0-9]+)$/.exec(r);if(i)return A.ids[Number(i[1])-1]??null}let e=null,n=32;return Me.querySelectorAll("g.node").forEach(o=>{let r=o.querySelector("circle");if(!r)return;let i=r.getBoundingClientRect(),s=Math.hypot(t.clientX-(i.left+i.width/2),t.clientY-(i.top+i.height/2))-i.width/2,a=[...o.classList].map(c=>/^node-([0-9]+)$/.exec(c)).find(Boolean);a&&s<n&&(n=s,e=A.ids[Number(a[1])-1]??null)}),e}Me.addEventListener("click",t=>{let e=ku(t);e!=null&&De.has(String(e))&&Ui(e,null)});var mi="http://www.w3.org/2000/svg";function Fc(){let t=Me.querySelector("svg");if(!t)return;t.querySelector("g.presence")?.remove();let e=document.createElementNS(mi,"g");e.setAttribute("class","presence");let n=new Map;for(let o of $i()){let r=A.ids.indexOf(Number(o.selection));if(r<0)continue;let i=t.querySelector(`g.node-${r+1} circle`);if(!i)continue;let s=n.get(r)??0;n.set(r,s+1);let a=Number(i.getAttribute("cx")),c=Number(i.getAttribute("cy")),l=Number(i.getAttribute("r")),d=document.createElementNS(mi,"circle");d.setAttribute("cx",a),d.setAttribute("cy",c),d.setAttribute("r",l*(1.3+.3*s)),d.setAttribute("fill","none"),d.setAttribute("stroke",o.color),d.setAttribute("stroke-width",Math.max(2,l*.16)),e.append(d);let p=document.createElementNS(mi,"text");p.setAttribute("x",a+l*(1.1+.3*s)),p.setAttribute("y",c-l*(1.1+.3*s)),p.setAttribute("font-size",Math.max(11,l*.7)),p.setAttribute("font-weight","600"),p.setAttribute("fill",o.color),p.textContent=ai(o.name),e.append(p)}t.append(e)}var zc=()=>et(150);new ResizeObserver(zc).observe(Me);window.addEventListener("orientationchange",zc);var ge=m("dialog",{class:"card","aria-labelledby":"card-title"});document.body.append(ge);ge.addEventListener("close",()=>{let t=we?.id;we?.destroy(),we=null,Bo(null),zo();let e=t!=null&&yn.get(t)?.firstChild;e&&document.body.contains(e)&&e.focus({preventScroll:!0})});ge.addEventListener("click",t=>{t.target===ge&&ge.close()});var we=null;function Ze(t){G&&tt.transact(t,Ac)}function Su(t,e,n){let o=null,r=(s,a)=>{if(a.origin===Ac)return;let c=document.activeElement===n,l=n.selectionStart,d=n.selectionEnd,p=n.selectionDirection;n.value=o.toString(),c&&l!=null&&n.setSelectionRange(di(l,s.delta),di(d,s.delta),p||"none")},i=()=>{let s=t.get(e),a=s instanceof he?s:null;a!==o&&(o?.unobserve(r),o=a,o?.observe(r),n.value=o?o.toString():"")};return n.addEventListener("input",()=>{if(!G)return;let s=o?o.toString():"",a=n.value,c=xc(s,a,n.selectionEnd??a.length);c&&Ze(()=>{o||(t.set(e,new he),i()),c.remove&&o.delete(c.index,c.remove),c.insert&&o.insert(c.index,c.insert)})}),i(),{refresh:i,destroy:()=>o?.unobserve(r)}}function fi(t,e,n,o){let r=Dt(e),i=o?m("textarea",{id:r,rows:"3",disabled:!G}):m("input",{id:r,type:"text",disabled:!G,autocomplete:"off",enterkeyhint:"done"}),s=Su(t,e,i);return{node:m("div",{class:"field"},m("label",{for:r,class:"field-label",text:n}),i),binding:s,control:i}}function $u(t,e,n,o){Ze(()=>{let r=t.get(e);r instanceof z||(r=new z,t.set(e,r)),o?r.set(n,!0):r.delete(n)})}function gi(t,e,n,o,r){let i=o.map(c=>{let l=Dt(`${e}-${c}`),d=m("input",{type:"checkbox",id:l,disabled:!G,"aria-describedby":`${l}-tip`});d.addEventListener("change",()=>$u(t,e,c,d.checked));let p=m("div",{class:"check"},d,m("label",{for:l},m("span",{text:w(`${r}-${c}`)}),m("span",{id:`${l}-tip`,class:"tip",text:w(`${r}-${c}-tip`)})));return{v:c,box:d,row:p}}),s=m("fieldset",{class:"group"},m("legend",{text:n}),i.map(c=>c.row)),a=()=>{for(let c of i)c.box.checked=gu(t,e,c.v)};return a(),{node:s,refresh:a}}function Ui(t,e){let n=De.get(String(t));if(!(n instanceof z))return;we&&we.destroy();let o=n,r=m("p",{class:"kicker"}),i=m("h2",{id:"card-title",tabindex:"-1"}),s=m("button",{type:"button",class:"close","aria-label":w("page-close"),text:"×",onclick:()=>ge.close()}),a=fi(o,"name",w("name"),!1),c=fi(o,"description",w("description"),!0),l=fi(o,"notes",w("notes"),!0),d=Dt("channel"),p=m("select",{id:d,disabled:!G},pi.map(V=>m("option",{value:V,text:w(`channel-${V}`)})));p.addEventListener("change",()=>Ze(()=>o.set("channel",p.value)));let u=gi(o,"expectations",w("expectations-2"),$c,"expectation"),h=gi(o,"principles",w("principles-2"),Ec,"principle"),f=gi(o,"causes",w("causes"),Cc,"cause"),x=Dt("critical"),N=m("input",{type:"checkbox",id:x,disabled:!G,"aria-describedby":`${x}-tip`});N.addEventListener("change",()=>Ze(()=>o.set("critical",N.checked)));let Ne=m("div",{class:"check critical-check"},N,m("label",{for:x},m("span",{text:w("critical-moment-2")}),m("span",{id:`${x}-tip`,class:"tip",text:w("tip-critical")}))),Mt=Dt("sat"),nt=["sat-very-low","sat-low","sat-mid","sat-high","sat-very-high"],$n=[1,2,3,4,5].map(V=>{let ot=`${Mt}-${V}`,ve=m("input",{type:"radio",name:Mt,id:ot,value:String(V),disabled:!G,"aria-label":w(nt[V-1])});return ve.addEventListener("change",()=>{ve.checked&&Ze(()=>o.set("satisfaction",V))}),{n:V,radio:ve,node:m("span",{class:"score"},ve,m("label",{for:ot,text:String(V),title:w(nt[V-1]),"aria-hidden":"true"}))}}),Go=m("button",{type:"button",class:"link",disabled:!G,text:w("clear"),"aria-label":`${w("clear")}: ${w("satisfaction-2")}`,onclick:()=>Ze(()=>o.delete("satisfaction"))}),Nt=m("span",{class:"sat-value","aria-live":"polite"}),Rt=m("fieldset",{class:"group satisfaction"},m("legend",{text:w("satisfaction-2")}),m("div",{class:"scores"},$n.map(V=>V.node),Go),Nt),qt=m("ul",{class:"photos"}),g=m("p",{class:"hint",role:"status"}),v=Dt("photo"),S=m("input",{type:"file",id:v,accept:"image/*",capture:"environment",class:"visually-hidden",disabled:!G});S.addEventListener("change",()=>{let V=S.files?.[0];S.value="",V&&Au(t,V,g)});let ye=m("label",{for:v,class:`button${G?"":" disabled"}`,text:w("photo-add")}),Re=m("section",{class:"group photos-group","aria-labelledby":`${v}-h`},m("h3",{id:`${v}-h`,text:w("photos-heading")}),qt,G?m("div",{},S,ye):null,g),ne=m("button",{type:"button",class:"primary",disabled:!G,text:w("page-add-after"),onclick:()=>Uu(t)}),_i=m("p",{class:"notice",role:"alert",hidden:!0,text:w("page-moment-gone")}),Gc=m("div",{class:"field"},m("label",{for:d,class:"field-label",text:w("channel")}),p),Wc=m("div",{class:"card-body"},_i,G?null:m("p",{class:"note view-only",text:w("page-view-only")}),a.node,c.node,Gc,u.node,h.node,m("fieldset",{class:"group"},m("legend",{text:w("evaluation")}),Ne,f.node,Rt),l.node,Re,m("div",{class:"actions"},ne));ge.replaceChildren(m("div",{class:"card-head"},m("div",{},r,i),s),Wc);let Ii=null,Oi=()=>{let V=De.get(String(t))===o;_i.hidden=V;let ot=Sn(),ve=ot.findIndex(H=>H.id===t),Di=yi(o);r.textContent=ve>=0?w("card-kicker",{number:ve+1,count:ot.length,channel:w(`channel-${Di}`)}):"",i.textContent=ve>=0?wi(ot[ve]):String(t),a.binding.refresh(),c.binding.refresh(),l.binding.refresh(),document.activeElement!==p&&(p.value=Di),u.refresh(),h.refresh(),f.refresh();let Mi=o.get("critical")===!0;N.checked=Mi,f.node.hidden=!Mi;let Wo=Mc(o);for(let H of $n)H.radio.checked=H.n===Wo;Nt.textContent=w(Wo?nt[Wo-1]:"page-satisfaction-none");let Ni=o.get("photos"),Ri=Ni instanceof Je?Ni.toArray().filter(H=>H instanceof z&&typeof H.get("path")=="string"):[],qi=JSON.stringify(Ri.map(H=>[H.get("path"),H.get("caption")]));qi!==Ii&&(Ii=qi,qt.replaceChildren(...Ri.map((H,Hc)=>{let Ho=typeof H.get("caption")=="string"?H.get("caption"):"",Yc=Ho||w("page-photo-of",{number:Hc+1,name:i.textContent});return m("li",{},m("img",{src:Cu(H.get("path")),alt:Yc,loading:"lazy",decoding:"async",width:"160",height:"120"}),Ho?m("span",{class:"caption",text:Ho}):null)})))};return we={id:t,refresh:Oi,destroy:()=>{a.binding.destroy(),c.binding.destroy(),l.binding.destroy()}},Oi(),Bo(String(t)),zo(),ge.open||ge.showModal(),ge.scrollTop=0,i.focus({preventScroll:!0}),a.control}function Eu(){we?.refresh()}function Cu(t){let e=t.startsWith("photos/")?t.slice(7):t;return Si(`/photos/${e.split("/").map(encodeURIComponent).join("/")}`,{side:400})}async function Au(t,e,n){n.textContent=w("page-photo-uploading");let o;try{o=await Sc(e,1600,.85)}catch{n.textContent=w("page-photo-unreadable");return}try{let r=await fetch(Si("/photos",{moment:t}),{method:"POST",body:o,headers:{"Content-Type":"image/jpeg"},credentials:"same-origin"});if(r.status===401){Vc();return}if(!r.ok){let i=(await r.text()).trim().slice(0,300)||String(r.status);n.textContent=w("page-photo-failed",{reason:i});return}n.textContent=w("page-photo-sent")}catch{n.textContent=w("page-photo-failed",{reason:w("page-offline")})}}function Tu(){for(;;){let n=1e6+crypto.getRandomValues(new Uint32Array(1))[0]%2146483648;if(!De.has(String(n)))return n}}function Uu(t){if(!G)return;let e=Sn(),n=e.findIndex(c=>c.id===t);if(n<0)return;let o=e[n].order,r=e[n+1]?.order??null,i=yc(o,r),s=Tu();Ze(()=>{let c=i;if(c===null){let d=vc(e.length+1),p=e.map(u=>u.id);p.splice(n+1,0,s),p.forEach((u,h)=>{u===s?c=d[h]:e.find(f=>f.id===u).order!==d[h]&&De.get(String(u)).set("order",d[h])})}let l=new z;De.set(String(s),l);for(let d of["name","description","standard","improvement","owner","notes"])l.set(d,new he);l.get("name").insert(0,w("default-moment-name",{number:n+2})),l.set("order",c),l.set("channel","InPerson"),l.set("expectations",new z),l.set("principles",new z),l.set("causes",new z),l.set("other_expectations",new Je),l.set("critical",!1)});let a=Ui(s,null);a&&(a.focus(),a.select())}Ti();Ci();Ei();W.connect();et(0);te?Bo(null):Pc();window.__ciclo={doc:tt,provider:W,sequence:()=>Sn().map(t=>t.id)};})();
